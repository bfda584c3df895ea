# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AuthorizesshkeyData")


@_attrs_define
class AuthorizesshkeyData:
    """
    Attributes:
        authorized (int | Unset):
        file (str | Unset):
    """

    authorized: int | Unset = UNSET
    file: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        authorized = self.authorized

        file = self.file

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if authorized is not UNSET:
            field_dict["authorized"] = authorized
        if file is not UNSET:
            field_dict["file"] = file

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        authorized = d.pop("authorized", UNSET)
        if authorized is None:
            authorized = UNSET
        if not isinstance(authorized, (int, Unset)):
            raise TypeError(f"field authorized: expected integer, got {type(authorized).__name__}")

        file = d.pop("file", UNSET)
        if file is None:
            file = UNSET
        if not isinstance(file, (str, Unset)):
            raise TypeError(f"field file: expected string, got {type(file).__name__}")

        authorizesshkey_data = cls(
            authorized=authorized,
            file=file,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        authorizesshkey_data.additional_properties = additional_properties
        return authorizesshkey_data

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
