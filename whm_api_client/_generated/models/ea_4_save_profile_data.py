# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Ea4SaveProfileData")


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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        already_exists = d.pop("already_exists", UNSET)
        if already_exists is None:
            already_exists = UNSET
        if not isinstance(already_exists, (int, Unset)):
            raise TypeError(f"field already_exists: expected integer, got {type(already_exists).__name__}")

        path = d.pop("path", UNSET)
        if path is None:
            path = UNSET
        if not isinstance(path, (str, Unset)):
            raise TypeError(f"field path: expected string, got {type(path).__name__}")

        ea_4_save_profile_data = cls(
            already_exists=already_exists,
            path=path,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        ea_4_save_profile_data.additional_properties = additional_properties
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
