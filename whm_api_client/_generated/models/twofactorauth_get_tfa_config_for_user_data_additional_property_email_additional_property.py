# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TwofactorauthGetTfaConfigForUserDataAdditionalPropertyEmailAdditionalProperty")


@_attrs_define
class TwofactorauthGetTfaConfigForUserDataAdditionalPropertyEmailAdditionalProperty:
    """
    Attributes:
        secret (str | Unset):
    """

    secret: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        secret = self.secret

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if secret is not UNSET:
            field_dict["secret"] = secret

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        secret = d.pop("secret", UNSET)
        if secret is None:
            secret = UNSET
        if not isinstance(secret, (str, Unset)):
            raise TypeError(f"field secret: expected string, got {type(secret).__name__}")

        twofactorauth_get_tfa_config_for_user_data_additional_property_email_additional_property = cls(
            secret=secret,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        twofactorauth_get_tfa_config_for_user_data_additional_property_email_additional_property.additional_properties = additional_properties
        return twofactorauth_get_tfa_config_for_user_data_additional_property_email_additional_property

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
