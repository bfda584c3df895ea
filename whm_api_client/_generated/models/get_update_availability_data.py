# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetUpdateAvailabilityData")


@_attrs_define
class GetUpdateAvailabilityData:
    """
    Attributes:
        current_version (str | Unset):
        newest_version (str | Unset):
        tier (str | Unset):
        update_available (int | Unset):
    """

    current_version: str | Unset = UNSET
    newest_version: str | Unset = UNSET
    tier: str | Unset = UNSET
    update_available: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        current_version = self.current_version

        newest_version = self.newest_version

        tier = self.tier

        update_available = self.update_available

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if current_version is not UNSET:
            field_dict["current_version"] = current_version
        if newest_version is not UNSET:
            field_dict["newest_version"] = newest_version
        if tier is not UNSET:
            field_dict["tier"] = tier
        if update_available is not UNSET:
            field_dict["update_available"] = update_available

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        current_version = d.pop("current_version", UNSET)
        if current_version is None:
            current_version = UNSET
        if not isinstance(current_version, (str, Unset)):
            raise TypeError(f"field current_version: expected string, got {type(current_version).__name__}")

        newest_version = d.pop("newest_version", UNSET)
        if newest_version is None:
            newest_version = UNSET
        if not isinstance(newest_version, (str, Unset)):
            raise TypeError(f"field newest_version: expected string, got {type(newest_version).__name__}")

        tier = d.pop("tier", UNSET)
        if tier is None:
            tier = UNSET
        if not isinstance(tier, (str, Unset)):
            raise TypeError(f"field tier: expected string, got {type(tier).__name__}")

        update_available = d.pop("update_available", UNSET)
        if update_available is None:
            update_available = UNSET
        if not isinstance(update_available, (int, Unset)):
            raise TypeError(f"field update_available: expected integer, got {type(update_available).__name__}")

        get_update_availability_data = cls(
            current_version=current_version,
            newest_version=newest_version,
            tier=tier,
            update_available=update_available,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        get_update_availability_data.additional_properties = additional_properties
        return get_update_availability_data

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
