# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TwofactorauthGetUserConfigsDataAdditionalProperty")


@_attrs_define
class TwofactorauthGetUserConfigsDataAdditionalProperty:
    """
    Attributes:
        is_enabled (int | Unset):
        primary_domain (str | Unset):
    """

    is_enabled: int | Unset = UNSET
    primary_domain: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_enabled = self.is_enabled

        primary_domain = self.primary_domain

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if is_enabled is not UNSET:
            field_dict["is_enabled"] = is_enabled
        if primary_domain is not UNSET:
            field_dict["primary_domain"] = primary_domain

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        is_enabled = d.pop("is_enabled", UNSET)
        if is_enabled is None:
            is_enabled = UNSET
        if not isinstance(is_enabled, (int, Unset)):
            raise TypeError(f"field is_enabled: expected integer, got {type(is_enabled).__name__}")

        primary_domain = d.pop("primary_domain", UNSET)
        if primary_domain is None:
            primary_domain = UNSET
        if not isinstance(primary_domain, (str, Unset)):
            raise TypeError(f"field primary_domain: expected string, got {type(primary_domain).__name__}")

        twofactorauth_get_user_configs_data_additional_property = cls(
            is_enabled=is_enabled,
            primary_domain=primary_domain,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        twofactorauth_get_user_configs_data_additional_property.additional_properties = additional_properties
        return twofactorauth_get_user_configs_data_additional_property

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
