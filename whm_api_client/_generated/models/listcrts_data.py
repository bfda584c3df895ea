# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_list, read_object

if TYPE_CHECKING:
    from ..models.listcrts_data_crt_item import ListcrtsDataCrtItem


T = TypeVar("T", bound="ListcrtsData")
_new_instance = object.__new__


@_attrs_define
class ListcrtsData:
    """
    Attributes:
        crt (list[ListcrtsDataCrtItem] | Unset):
    """

    crt: list[ListcrtsDataCrtItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        crt: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.crt, Unset):
            crt = []
            for crt_item_data in self.crt:
                crt_item = crt_item_data.to_dict()
                crt.append(crt_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if crt is not UNSET:
            field_dict["crt"] = crt

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _crt = d.pop("crt", UNSET)
        if _crt.__class__ is not list:
            _crt = read_list(_crt, "crt", False)
        crt: list[ListcrtsDataCrtItem] | Unset = UNSET
        if _crt is not UNSET:
            crt = []
            for crt_item_data in _crt:
                _crt_item = crt_item_data
                if _crt_item.__class__ is not dict:
                    _crt_item = read_object(_crt_item, "crt_item", True)
                crt_item = ListcrtsDataCrtItem.from_dict(_crt_item)

                crt.append(crt_item)

        listcrts_data = _new_instance(cls)
        listcrts_data.crt = crt

        listcrts_data.additional_properties = dict(d) if d else {}
        return listcrts_data

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


from ..models.listcrts_data_crt_item import ListcrtsDataCrtItem  # noqa: E402
