# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_value

T = TypeVar("T", bound="GetCurrentLtsExpirationStatusData")
_new_instance = object.__new__


@_attrs_define
class GetCurrentLtsExpirationStatusData:
    """
    Attributes:
        expiration (int | Unset):
        expires_in_next_three_months (int | Unset):
        full_version (str | Unset):
    """

    expiration: int | Unset = UNSET
    expires_in_next_three_months: int | Unset = UNSET
    full_version: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        expiration = self.expiration

        expires_in_next_three_months = self.expires_in_next_three_months

        full_version = self.full_version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if expiration is not UNSET:
            field_dict["expiration"] = expiration
        if expires_in_next_three_months is not UNSET:
            field_dict["expires_in_next_three_months"] = expires_in_next_three_months
        if full_version is not UNSET:
            field_dict["full_version"] = full_version

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        expiration = d.pop("expiration", UNSET)
        if expiration.__class__ is not int:
            expiration = read_value(expiration, "expiration", "integer", False)

        expires_in_next_three_months = d.pop("expires_in_next_three_months", UNSET)
        if expires_in_next_three_months.__class__ is not int:
            expires_in_next_three_months = read_value(
                expires_in_next_three_months, "expires_in_next_three_months", "integer", False
            )

        full_version = d.pop("full_version", UNSET)
        if full_version.__class__ is not str:
            full_version = read_value(full_version, "full_version", "string", False)

        get_current_lts_expiration_status_data = _new_instance(cls)
        get_current_lts_expiration_status_data.expiration = expiration
        get_current_lts_expiration_status_data.expires_in_next_three_months = expires_in_next_three_months
        get_current_lts_expiration_status_data.full_version = full_version

        get_current_lts_expiration_status_data.additional_properties = dict(d) if d else {}
        return get_current_lts_expiration_status_data

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
