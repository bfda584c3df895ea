# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_value

T = TypeVar("T", bound="ListsshkeysDataKeysItem")
_new_instance = object.__new__


@_attrs_define
class ListsshkeysDataKeysItem:
    """
    Attributes:
        authorized (int | Unset):
        comment (str | Unset):
        ctime (int | Unset):
        file (str | Unset):
        mtime (int | Unset):
        private (int | Unset):
        text (str | Unset):
    """

    authorized: int | Unset = UNSET
    comment: str | Unset = UNSET
    ctime: int | Unset = UNSET
    file: str | Unset = UNSET
    mtime: int | Unset = UNSET
    private: int | Unset = UNSET
    text: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        authorized = self.authorized

        comment = self.comment

        ctime = self.ctime

        file = self.file

        mtime = self.mtime

        private = self.private

        text = self.text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if authorized is not UNSET:
            field_dict["authorized"] = authorized
        if comment is not UNSET:
            field_dict["comment"] = comment
        if ctime is not UNSET:
            field_dict["ctime"] = ctime
        if file is not UNSET:
            field_dict["file"] = file
        if mtime is not UNSET:
            field_dict["mtime"] = mtime
        if private is not UNSET:
            field_dict["private"] = private
        if text is not UNSET:
            field_dict["text"] = text

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        authorized = d.pop("authorized", UNSET)
        if authorized.__class__ is not int:
            authorized = read_value(authorized, "authorized", "integer", False)

        comment = d.pop("comment", UNSET)
        if comment.__class__ is not str:
            comment = read_value(comment, "comment", "string", False)

        ctime = d.pop("ctime", UNSET)
        if ctime.__class__ is not int:
            ctime = read_value(ctime, "ctime", "integer", False)

        file = d.pop("file", UNSET)
        if file.__class__ is not str:
            file = read_value(file, "file", "string", False)

        mtime = d.pop("mtime", UNSET)
        if mtime.__class__ is not int:
            mtime = read_value(mtime, "mtime", "integer", False)

        private = d.pop("private", UNSET)
        if private.__class__ is not int:
            private = read_value(private, "private", "integer", False)

        text = d.pop("text", UNSET)
        if text.__class__ is not str:
            text = read_value(text, "text", "string", False)

        listsshkeys_data_keys_item = _new_instance(cls)
        listsshkeys_data_keys_item.authorized = authorized
        listsshkeys_data_keys_item.comment = comment
        listsshkeys_data_keys_item.ctime = ctime
        listsshkeys_data_keys_item.file = file
        listsshkeys_data_keys_item.mtime = mtime
        listsshkeys_data_keys_item.private = private
        listsshkeys_data_keys_item.text = text

        listsshkeys_data_keys_item.additional_properties = dict(d) if d else {}
        return listsshkeys_data_keys_item

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
