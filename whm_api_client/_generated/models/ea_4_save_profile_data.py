# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_value

T = TypeVar("T", bound="Ea4SaveProfileData")
_new_instance = object.__new__


@_attrs_define
class Ea4SaveProfileData:
    """
    Attributes:
        already_exists (int | Unset):
        path (str | Unset):
    """

    already_exists: int | Unset = UNSET
    path: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        already_exists = self.already_exists

        path = self.path

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if already_exists is not UNSET:
            field_dict["already_exists"] = already_exists
        if path is not UNSET:
            field_dict["path"] = path

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        already_exists = d.pop("already_exists", UNSET)
        if already_exists.__class__ is not int:
            already_exists = read_value(already_exists, "already_exists", "integer", False)

        path = d.pop("path", UNSET)
        if path.__class__ is not str:
            path = read_value(path, "path", "string", False)

        ea_4_save_profile_data = _new_instance(cls)
        ea_4_save_profile_data.already_exists = already_exists
        ea_4_save_profile_data.path = path

        ea_4_save_profile_data.additional_properties = dict(d) if d else {}
        return ea_4_save_profile_data

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
