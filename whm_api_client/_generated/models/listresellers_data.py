# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_items, read_list

T = TypeVar("T", bound="ListresellersData")
_new_instance = object.__new__


@_attrs_define
class ListresellersData:
    """
    Attributes:
        reseller (list[str] | Unset):
    """

    reseller: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        reseller: list[str] | Unset = UNSET
        if not isinstance(self.reseller, Unset):
            reseller = self.reseller

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if reseller is not UNSET:
            field_dict["reseller"] = reseller

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _reseller = d.pop("reseller", UNSET)
        if _reseller.__class__ is not list:
            _reseller = read_list(_reseller, "reseller", False)
        reseller: list[str] | Unset = UNSET
        if _reseller is not UNSET:
            reseller = _reseller
            for _item in _reseller:
                if _item.__class__ is not str:
                    reseller = read_items(_reseller, "reseller_item", "string")
                    break

        listresellers_data = _new_instance(cls)
        listresellers_data.reseller = reseller

        listresellers_data.additional_properties = dict(d) if d else {}
        return listresellers_data

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
