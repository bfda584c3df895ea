# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_list, read_object

if TYPE_CHECKING:
    from ..models.limitbw_data_bwlimits_item import LimitbwDataBwlimitsItem


T = TypeVar("T", bound="LimitbwData")
_new_instance = object.__new__


@_attrs_define
class LimitbwData:
    """
    Attributes:
        bwlimits (list[LimitbwDataBwlimitsItem] | Unset):
    """

    bwlimits: list[LimitbwDataBwlimitsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        bwlimits: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.bwlimits, Unset):
            bwlimits = []
            for bwlimits_item_data in self.bwlimits:
                bwlimits_item = bwlimits_item_data.to_dict()
                bwlimits.append(bwlimits_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if bwlimits is not UNSET:
            field_dict["bwlimits"] = bwlimits

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _bwlimits = d.pop("bwlimits", UNSET)
        if _bwlimits.__class__ is not list:
            _bwlimits = read_list(_bwlimits, "bwlimits", False)
        bwlimits: list[LimitbwDataBwlimitsItem] | Unset = UNSET
        if _bwlimits is not UNSET:
            bwlimits = []
            for bwlimits_item_data in _bwlimits:
                _bwlimits_item = bwlimits_item_data
                if _bwlimits_item.__class__ is not dict:
                    _bwlimits_item = read_object(_bwlimits_item, "bwlimits_item", True)
                bwlimits_item = LimitbwDataBwlimitsItem.from_dict(_bwlimits_item)

                bwlimits.append(bwlimits_item)

        limitbw_data = _new_instance(cls)
        limitbw_data.bwlimits = bwlimits

        limitbw_data.additional_properties = dict(d) if d else {}
        return limitbw_data

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


from ..models.limitbw_data_bwlimits_item import LimitbwDataBwlimitsItem  # noqa: E402
