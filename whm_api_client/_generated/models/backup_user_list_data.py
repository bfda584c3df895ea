# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_list, read_object

if TYPE_CHECKING:
    from ..models.backup_user_list_data_user_item import BackupUserListDataUserItem


T = TypeVar("T", bound="BackupUserListData")
_new_instance = object.__new__


@_attrs_define
class BackupUserListData:
    """
    Attributes:
        user (list[BackupUserListDataUserItem] | Unset):
    """

    user: list[BackupUserListDataUserItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        user: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.user, Unset):
            user = []
            for user_item_data in self.user:
                user_item = user_item_data.to_dict()
                user.append(user_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _user = d.pop("user", UNSET)
        if _user.__class__ is not list:
            _user = read_list(_user, "user", False)
        user: list[BackupUserListDataUserItem] | Unset = UNSET
        if _user is not UNSET:
            user = []
            for user_item_data in _user:
                _user_item = user_item_data
                if _user_item.__class__ is not dict:
                    _user_item = read_object(_user_item, "user_item", True)
                user_item = BackupUserListDataUserItem.from_dict(_user_item)

                user.append(user_item)

        backup_user_list_data = _new_instance(cls)
        backup_user_list_data.user = user

        backup_user_list_data.additional_properties = dict(d) if d else {}
        return backup_user_list_data

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


from ..models.backup_user_list_data_user_item import BackupUserListDataUserItem  # noqa: E402
