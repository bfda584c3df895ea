# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetCommerceData")


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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        is_enabled = d.pop("is_enabled", UNSET)
        if is_enabled is None:
            is_enabled = UNSET
        if not isinstance(is_enabled, (int, Unset)):
            raise TypeError(f"field is_enabled: expected integer, got {type(is_enabled).__name__}")

        storeurl = d.pop("storeurl", UNSET)
        if storeurl is None:
            storeurl = UNSET
        if not isinstance(storeurl, (str, Unset)):
            raise TypeError(f"field storeurl: expected string, got {type(storeurl).__name__}")

        get_commerce_data = cls(
            is_enabled=is_enabled,
            storeurl=storeurl,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        get_commerce_data.additional_properties = additional_properties
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
