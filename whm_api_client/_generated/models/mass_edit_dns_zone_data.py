# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MassEditDnsZoneData")


@_attrs_define
class MassEditDnsZoneData:
    """
    Attributes:
        new_serial (int | Unset):
    """

    new_serial: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        new_serial = self.new_serial

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if new_serial is not UNSET:
            field_dict["new_serial"] = new_serial

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        new_serial = d.pop("new_serial", UNSET)
        if new_serial is None:
            new_serial = UNSET
        if not isinstance(new_serial, (int, Unset)):
            raise TypeError(f"field new_serial: expected integer, got {type(new_serial).__name__}")

        mass_edit_dns_zone_data = cls(
            new_serial=new_serial,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        mass_edit_dns_zone_data.additional_properties = additional_properties
        return mass_edit_dns_zone_data

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
