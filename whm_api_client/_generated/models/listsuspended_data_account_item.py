# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ListsuspendedDataAccountItem")


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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        is_locked = d.pop("is_locked", UNSET)
        if is_locked is None:
            is_locked = UNSET
        if not isinstance(is_locked, (int, Unset)):
            raise TypeError(f"field is_locked: expected integer, got {type(is_locked).__name__}")

        owner = d.pop("owner", UNSET)
        if owner is None:
            owner = UNSET
        if not isinstance(owner, (str, Unset)):
            raise TypeError(f"field owner: expected string, got {type(owner).__name__}")

        reason = d.pop("reason", UNSET)
        if reason is None:
            reason = UNSET
        if not isinstance(reason, (str, Unset)):
            raise TypeError(f"field reason: expected string, got {type(reason).__name__}")

        time = d.pop("time", UNSET)
        if time is None:
            time = UNSET
        if not isinstance(time, (str, Unset)):
            raise TypeError(f"field time: expected string, got {type(time).__name__}")

        unixtime = d.pop("unixtime", UNSET)
        if unixtime is None:
            unixtime = UNSET
        if not isinstance(unixtime, (int, Unset)):
            raise TypeError(f"field unixtime: expected integer, got {type(unixtime).__name__}")

        user = d.pop("user", UNSET)
        if user is None:
            user = UNSET
        if not isinstance(user, (str, Unset)):
            raise TypeError(f"field user: expected string, got {type(user).__name__}")

        listsuspended_data_account_item = cls(
            is_locked=is_locked,
            owner=owner,
            reason=reason,
            time=time,
            unixtime=unixtime,
            user=user,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        listsuspended_data_account_item.additional_properties = additional_properties
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
