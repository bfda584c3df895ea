# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ExportZoneKeyData")


@_attrs_define
class ExportZoneKeyData:
    """
    Attributes:
        key_tag (int | Unset):
        key_type (str | Unset):
    """

    key_tag: int | Unset = UNSET
    key_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key_tag = self.key_tag

        key_type = self.key_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if key_tag is not UNSET:
            field_dict["key_tag"] = key_tag
        if key_type is not UNSET:
            field_dict["key_type"] = key_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        key_tag = d.pop("key_tag", UNSET)
        if key_tag is None:
            key_tag = UNSET
        if not isinstance(key_tag, (int, Unset)):
            raise TypeError(f"field key_tag: expected integer, got {type(key_tag).__name__}")

        key_type = d.pop("key_type", UNSET)
        if key_type is None:
            key_type = UNSET
        if not isinstance(key_type, (str, Unset)):
            raise TypeError(f"field key_type: expected string, got {type(key_type).__name__}")

        export_zone_key_data = cls(
            key_tag=key_tag,
            key_type=key_type,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        export_zone_key_data.additional_properties = additional_properties
        return export_zone_key_data

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
