# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_value

T = TypeVar("T", bound="ListCparchiveFilesDataQuickrestoreFilesItem")
_new_instance = object.__new__


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
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
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

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        file = d.pop("file", UNSET)
        if file.__class__ is not str:
            file = read_value(file, "file", "string", False)

        path = d.pop("path", UNSET)
        if path.__class__ is not str:
            path = read_value(path, "path", "string", False)

        user = d.pop("user", UNSET)
        if user.__class__ is not str:
            user = read_value(user, "user", "string", False)

        list_cparchive_files_data_quickrestore_files_item = _new_instance(cls)
        list_cparchive_files_data_quickrestore_files_item.file = file
        list_cparchive_files_data_quickrestore_files_item.path = path
        list_cparchive_files_data_quickrestore_files_item.user = user

        list_cparchive_files_data_quickrestore_files_item.additional_properties = dict(d) if d else {}
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
