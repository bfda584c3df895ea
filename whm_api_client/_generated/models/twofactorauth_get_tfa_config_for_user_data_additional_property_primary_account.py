# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_value

T = TypeVar("T", bound="TwofactorauthGetTfaConfigForUserDataAdditionalPropertyPrimaryAccount")
_new_instance = object.__new__


@_attrs_define
class TwofactorauthGetTfaConfigForUserDataAdditionalPropertyPrimaryAccount:
    """
    Attributes:
        secret (str | Unset):
    """

    secret: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        secret = self.secret

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if secret is not UNSET:
            field_dict["secret"] = secret

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        secret = d.pop("secret", UNSET)
        if secret.__class__ is not str:
            secret = read_value(secret, "secret", "string", False)

        twofactorauth_get_tfa_config_for_user_data_additional_property_primary_account = _new_instance(cls)
        twofactorauth_get_tfa_config_for_user_data_additional_property_primary_account.secret = secret

        twofactorauth_get_tfa_config_for_user_data_additional_property_primary_account.additional_properties = (
            dict(d) if d else {}
        )
        return twofactorauth_get_tfa_config_for_user_data_additional_property_primary_account

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
