# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_value

T = TypeVar("T", bound="GetCommerceData")
_new_instance = object.__new__


@_attrs_define
class GetCommerceData:
    """
    Attributes:
        is_enabled (int | Unset):
        storeurl (str | Unset):
    """

    is_enabled: int | Unset = UNSET
    storeurl: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        is_enabled = self.is_enabled

        storeurl = self.storeurl

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if is_enabled is not UNSET:
            field_dict["is_enabled"] = is_enabled
        if storeurl is not UNSET:
            field_dict["storeurl"] = storeurl

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        is_enabled = d.pop("is_enabled", UNSET)
        if is_enabled.__class__ is not int:
            is_enabled = read_value(is_enabled, "is_enabled", "integer", False)

        storeurl = d.pop("storeurl", UNSET)
        if storeurl.__class__ is not str:
            storeurl = read_value(storeurl, "storeurl", "string", False)

        get_commerce_data = _new_instance(cls)
        get_commerce_data.is_enabled = is_enabled
        get_commerce_data.storeurl = storeurl

        get_commerce_data.additional_properties = dict(d) if d else {}
        return get_commerce_data

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
