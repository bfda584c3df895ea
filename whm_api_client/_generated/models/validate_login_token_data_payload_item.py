# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_value

T = TypeVar("T", bound="ValidateLoginTokenDataPayloadItem")
_new_instance = object.__new__


@_attrs_define
class ValidateLoginTokenDataPayloadItem:
    """
    Attributes:
        access_token (str | Unset):
        refresh_token (str | Unset):
    """

    access_token: str | Unset = UNSET
    refresh_token: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        access_token = self.access_token

        refresh_token = self.refresh_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if access_token is not UNSET:
            field_dict["access_token"] = access_token
        if refresh_token is not UNSET:
            field_dict["refresh_token"] = refresh_token

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        access_token = d.pop("access_token", UNSET)
        if access_token.__class__ is not str:
            access_token = read_value(access_token, "access_token", "string", False)

        refresh_token = d.pop("refresh_token", UNSET)
        if refresh_token.__class__ is not str:
            refresh_token = read_value(refresh_token, "refresh_token", "string", False)

        validate_login_token_data_payload_item = _new_instance(cls)
        validate_login_token_data_payload_item.access_token = access_token
        validate_login_token_data_payload_item.refresh_token = refresh_token

        validate_login_token_data_payload_item.additional_properties = dict(d) if d else {}
        return validate_login_token_data_payload_item

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
