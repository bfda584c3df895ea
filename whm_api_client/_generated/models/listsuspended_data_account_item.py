# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_value

T = TypeVar("T", bound="ListsuspendedDataAccountItem")
_new_instance = object.__new__


@_attrs_define
class ListsuspendedDataAccountItem:
    """
    Attributes:
        is_locked (int | Unset):
        owner (str | Unset):
        reason (str | Unset):
        time (str | Unset):
        unixtime (int | Unset):
        user (str | Unset):
    """

    is_locked: int | Unset = UNSET
    owner: str | Unset = UNSET
    reason: str | Unset = UNSET
    time: str | Unset = UNSET
    unixtime: int | Unset = UNSET
    user: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        is_locked = self.is_locked

        owner = self.owner

        reason = self.reason

        time = self.time

        unixtime = self.unixtime

        user = self.user

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if is_locked is not UNSET:
            field_dict["is_locked"] = is_locked
        if owner is not UNSET:
            field_dict["owner"] = owner
        if reason is not UNSET:
            field_dict["reason"] = reason
        if time is not UNSET:
            field_dict["time"] = time
        if unixtime is not UNSET:
            field_dict["unixtime"] = unixtime
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        is_locked = d.pop("is_locked", UNSET)
        if is_locked.__class__ is not int:
            is_locked = read_value(is_locked, "is_locked", "integer", False)

        owner = d.pop("owner", UNSET)
        if owner.__class__ is not str:
            owner = read_value(owner, "owner", "string", False)

        reason = d.pop("reason", UNSET)
        if reason.__class__ is not str:
            reason = read_value(reason, "reason", "string", False)

        time = d.pop("time", UNSET)
        if time.__class__ is not str:
            time = read_value(time, "time", "string", False)

        unixtime = d.pop("unixtime", UNSET)
        if unixtime.__class__ is not int:
            unixtime = read_value(unixtime, "unixtime", "integer", False)

        user = d.pop("user", UNSET)
        if user.__class__ is not str:
            user = read_value(user, "user", "string", False)

        listsuspended_data_account_item = _new_instance(cls)
        listsuspended_data_account_item.is_locked = is_locked
        listsuspended_data_account_item.owner = owner
        listsuspended_data_account_item.reason = reason
        listsuspended_data_account_item.time = time
        listsuspended_data_account_item.unixtime = unixtime
        listsuspended_data_account_item.user = user

        listsuspended_data_account_item.additional_properties = dict(d) if d else {}
        return listsuspended_data_account_item

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
