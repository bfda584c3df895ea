# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_value

T = TypeVar("T", bound="ValidateSystemUserData")
_new_instance = object.__new__


@_attrs_define
class ValidateSystemUserData:
    """
    Attributes:
        exists (int | Unset):
        reserved (int | Unset):
        valid_for_new (int | Unset):
        valid_for_transfer (int | Unset):
    """

    exists: int | Unset = UNSET
    reserved: int | Unset = UNSET
    valid_for_new: int | Unset = UNSET
    valid_for_transfer: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        exists = self.exists

        reserved = self.reserved

        valid_for_new = self.valid_for_new

        valid_for_transfer = self.valid_for_transfer

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if exists is not UNSET:
            field_dict["exists"] = exists
        if reserved is not UNSET:
            field_dict["reserved"] = reserved
        if valid_for_new is not UNSET:
            field_dict["valid_for_new"] = valid_for_new
        if valid_for_transfer is not UNSET:
            field_dict["valid_for_transfer"] = valid_for_transfer

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        exists = d.pop("exists", UNSET)
        if exists.__class__ is not int:
            exists = read_value(exists, "exists", "integer", False)

        reserved = d.pop("reserved", UNSET)
        if reserved.__class__ is not int:
            reserved = read_value(reserved, "reserved", "integer", False)

        valid_for_new = d.pop("valid_for_new", UNSET)
        if valid_for_new.__class__ is not int:
            valid_for_new = read_value(valid_for_new, "valid_for_new", "integer", False)

        valid_for_transfer = d.pop("valid_for_transfer", UNSET)
        if valid_for_transfer.__class__ is not int:
            valid_for_transfer = read_value(valid_for_transfer, "valid_for_transfer", "integer", False)

        validate_system_user_data = _new_instance(cls)
        validate_system_user_data.exists = exists
        validate_system_user_data.reserved = reserved
        validate_system_user_data.valid_for_new = valid_for_new
        validate_system_user_data.valid_for_transfer = valid_for_transfer

        validate_system_user_data.additional_properties = dict(d) if d else {}
        return validate_system_user_data

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
