# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NatCheckipData")


@_attrs_define
class NatCheckipData:
    """
    Attributes:
        checked_ip (str | Unset):
    """

    checked_ip: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        checked_ip = self.checked_ip

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if checked_ip is not UNSET:
            field_dict["checked_ip"] = checked_ip

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        checked_ip = d.pop("checked_ip", UNSET)
        if checked_ip is None:
            checked_ip = UNSET
        if not isinstance(checked_ip, (str, Unset)):
            raise TypeError(f"field checked_ip: expected string, got {type(checked_ip).__name__}")

        nat_checkip_data = cls(
            checked_ip=checked_ip,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        nat_checkip_data.additional_properties = additional_properties
        return nat_checkip_data

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
