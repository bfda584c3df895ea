# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ListsshkeysDataKeysItem")


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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        authorized = d.pop("authorized", UNSET)
        if authorized is None:
            authorized = UNSET
        if not isinstance(authorized, (int, Unset)):
            raise TypeError(f"field authorized: expected integer, got {type(authorized).__name__}")

        comment = d.pop("comment", UNSET)
        if comment is None:
            comment = UNSET
        if not isinstance(comment, (str, Unset)):
            raise TypeError(f"field comment: expected string, got {type(comment).__name__}")

        ctime = d.pop("ctime", UNSET)
        if ctime is None:
            ctime = UNSET
        if not isinstance(ctime, (int, Unset)):
            raise TypeError(f"field ctime: expected integer, got {type(ctime).__name__}")

        file = d.pop("file", UNSET)
        if file is None:
            file = UNSET
        if not isinstance(file, (str, Unset)):
            raise TypeError(f"field file: expected string, got {type(file).__name__}")

        mtime = d.pop("mtime", UNSET)
        if mtime is None:
            mtime = UNSET
        if not isinstance(mtime, (int, Unset)):
            raise TypeError(f"field mtime: expected integer, got {type(mtime).__name__}")

        private = d.pop("private", UNSET)
        if private is None:
            private = UNSET
        if not isinstance(private, (int, Unset)):
            raise TypeError(f"field private: expected integer, got {type(private).__name__}")

        text = d.pop("text", UNSET)
        if text is None:
            text = UNSET
        if not isinstance(text, (str, Unset)):
            raise TypeError(f"field text: expected string, got {type(text).__name__}")

        listsshkeys_data_keys_item = cls(
            authorized=authorized,
            comment=comment,
            ctime=ctime,
            file=file,
            mtime=mtime,
            private=private,
            text=text,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        listsshkeys_data_keys_item.additional_properties = additional_properties
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
