# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SetLocalMysqlRootPasswordData")


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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        configs_updated = d.pop("configs_updated", UNSET)
        if configs_updated is None:
            configs_updated = UNSET
        if not isinstance(configs_updated, (int, Unset)):
            raise TypeError(f"field configs_updated: expected integer, got {type(configs_updated).__name__}")

        password_reset = d.pop("password_reset", UNSET)
        if password_reset is None:
            password_reset = UNSET
        if not isinstance(password_reset, (int, Unset)):
            raise TypeError(f"field password_reset: expected integer, got {type(password_reset).__name__}")

        profile_updated = d.pop("profile_updated", UNSET)
        if profile_updated is None:
            profile_updated = UNSET
        if not isinstance(profile_updated, (int, Unset)):
            raise TypeError(f"field profile_updated: expected integer, got {type(profile_updated).__name__}")

        set_local_mysql_root_password_data = cls(
            configs_updated=configs_updated,
            password_reset=password_reset,
            profile_updated=profile_updated,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        set_local_mysql_root_password_data.additional_properties = additional_properties
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
