# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_value

T = TypeVar("T", bound="SetLocalMysqlRootPasswordData")
_new_instance = object.__new__


@_attrs_define
class SetLocalMysqlRootPasswordData:
    """
    Attributes:
        configs_updated (int | Unset):
        password_reset (int | Unset):
        profile_updated (int | Unset):
    """

    configs_updated: int | Unset = UNSET
    password_reset: int | Unset = UNSET
    profile_updated: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        configs_updated = self.configs_updated

        password_reset = self.password_reset

        profile_updated = self.profile_updated

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if configs_updated is not UNSET:
            field_dict["configs_updated"] = configs_updated
        if password_reset is not UNSET:
            field_dict["password_reset"] = password_reset
        if profile_updated is not UNSET:
            field_dict["profile_updated"] = profile_updated

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        configs_updated = d.pop("configs_updated", UNSET)
        if configs_updated.__class__ is not int:
            configs_updated = read_value(configs_updated, "configs_updated", "integer", False)

        password_reset = d.pop("password_reset", UNSET)
        if password_reset.__class__ is not int:
            password_reset = read_value(password_reset, "password_reset", "integer", False)

        profile_updated = d.pop("profile_updated", UNSET)
        if profile_updated.__class__ is not int:
            profile_updated = read_value(profile_updated, "profile_updated", "integer", False)

        set_local_mysql_root_password_data = _new_instance(cls)
        set_local_mysql_root_password_data.configs_updated = configs_updated
        set_local_mysql_root_password_data.password_reset = password_reset
        set_local_mysql_root_password_data.profile_updated = profile_updated

        set_local_mysql_root_password_data.additional_properties = dict(d) if d else {}
        return set_local_mysql_root_password_data

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
