# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="QuotaEnabledData")


@_attrs_define
class QuotaEnabledData:
    """
    Attributes:
        quota_enabled (int | Unset):
    """

    quota_enabled: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        quota_enabled = self.quota_enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if quota_enabled is not UNSET:
            field_dict["quota_enabled"] = quota_enabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        quota_enabled = d.pop("quota_enabled", UNSET)
        if quota_enabled is None:
            quota_enabled = UNSET
        if not isinstance(quota_enabled, (int, Unset)):
            raise TypeError(f"field quota_enabled: expected integer, got {type(quota_enabled).__name__}")

        quota_enabled_data = cls(
            quota_enabled=quota_enabled,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        quota_enabled_data.additional_properties = additional_properties
        return quota_enabled_data

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
