# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_list, read_object

if TYPE_CHECKING:
    from ..models.listzones_data_zone_item import ListzonesDataZoneItem


T = TypeVar("T", bound="ListzonesData")
_new_instance = object.__new__


@_attrs_define
class ListzonesData:
    """
    Attributes:
        zone (list[ListzonesDataZoneItem] | Unset):
    """

    zone: list[ListzonesDataZoneItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        zone: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.zone, Unset):
            zone = []
            for zone_item_data in self.zone:
                zone_item = zone_item_data.to_dict()
                zone.append(zone_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if zone is not UNSET:
            field_dict["zone"] = zone

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _zone = d.pop("zone", UNSET)
        if _zone.__class__ is not list:
            _zone = read_list(_zone, "zone", False)
        zone: list[ListzonesDataZoneItem] | Unset = UNSET
        if _zone is not UNSET:
            zone = []
            for zone_item_data in _zone:
                _zone_item = zone_item_data
                if _zone_item.__class__ is not dict:
                    _zone_item = read_object(_zone_item, "zone_item", True)
                zone_item = ListzonesDataZoneItem.from_dict(_zone_item)

                zone.append(zone_item)

        listzones_data = _new_instance(cls)
        listzones_data.zone = zone

        listzones_data.additional_properties = dict(d) if d else {}
        return listzones_data

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.listzones_data_zone_item import ListzonesDataZoneItem  # noqa: E402
