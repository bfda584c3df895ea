# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ListCparchiveFilesDataQuickrestoreFilesItem")


@_attrs_define
class ListCparchiveFilesDataQuickrestoreFilesItem:
    """
    Attributes:
        file (str | Unset):
        path (str | Unset):
        user (str | Unset):
    """

    file: str | Unset = UNSET
    path: str | Unset = UNSET
    user: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file = self.file

        path = self.path

        user = self.user

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if file is not UNSET:
            field_dict["file"] = file
        if path is not UNSET:
            field_dict["path"] = path
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        file = d.pop("file", UNSET)
        if file is None:
            file = UNSET
        if not isinstance(file, (str, Unset)):
            raise TypeError(f"field file: expected string, got {type(file).__name__}")

        path = d.pop("path", UNSET)
        if path is None:
            path = UNSET
        if not isinstance(path, (str, Unset)):
            raise TypeError(f"field path: expected string, got {type(path).__name__}")

        user = d.pop("user", UNSET)
        if user is None:
            user = UNSET
        if not isinstance(user, (str, Unset)):
            raise TypeError(f"field user: expected string, got {type(user).__name__}")

        list_cparchive_files_data_quickrestore_files_item = cls(
            file=file,
            path=path,
            user=user,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        list_cparchive_files_data_quickrestore_files_item.additional_properties = additional_properties
        return list_cparchive_files_data_quickrestore_files_item

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
