# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AddZoneKeyData")


@_attrs_define
class AddZoneKeyData:
    """
    Attributes:
        new_key_id (str | Unset):
    """

    new_key_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        new_key_id = self.new_key_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if new_key_id is not UNSET:
            field_dict["new_key_id"] = new_key_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        new_key_id = d.pop("new_key_id", UNSET)
        if new_key_id is None:
            new_key_id = UNSET
        if not isinstance(new_key_id, (str, Unset)):
            raise TypeError(f"field new_key_id: expected string, got {type(new_key_id).__name__}")

        add_zone_key_data = cls(
            new_key_id=new_key_id,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        add_zone_key_data.additional_properties = additional_properties
        return add_zone_key_data

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
