# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_items, read_list, read_object

if TYPE_CHECKING:
    from ..models.twofactorauth_remove_user_config_data_failed import TwofactorauthRemoveUserConfigDataFailed


T = TypeVar("T", bound="TwofactorauthRemoveUserConfigData")
_new_instance = object.__new__


@_attrs_define
class TwofactorauthRemoveUserConfigData:
    """
    Attributes:
        failed (TwofactorauthRemoveUserConfigDataFailed | Unset):
        users_modified (list[str] | Unset):
    """

    failed: TwofactorauthRemoveUserConfigDataFailed | Unset = UNSET
    users_modified: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        failed: dict[str, Any] | Unset = UNSET
        if not isinstance(self.failed, Unset):
            failed = self.failed.to_dict()

        users_modified: list[str] | Unset = UNSET
        if not isinstance(self.users_modified, Unset):
            users_modified = self.users_modified

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if failed is not UNSET:
            field_dict["failed"] = failed
        if users_modified is not UNSET:
            field_dict["users_modified"] = users_modified

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _failed = d.pop("failed", UNSET)
        failed: TwofactorauthRemoveUserConfigDataFailed | Unset
        if _failed.__class__ is not dict:
            _failed = read_object(_failed, "failed", False)
        failed = UNSET if _failed is UNSET else TwofactorauthRemoveUserConfigDataFailed.from_dict(_failed)

        _users_modified = d.pop("users_modified", UNSET)
        if _users_modified.__class__ is not list:
            _users_modified = read_list(_users_modified, "users_modified", False)
        users_modified: list[str] | Unset = UNSET
        if _users_modified is not UNSET:
            users_modified = _users_modified
            for _item in _users_modified:
                if _item.__class__ is not str:
                    users_modified = read_items(_users_modified, "users_modified_item", "string")
                    break

        twofactorauth_remove_user_config_data = _new_instance(cls)
        twofactorauth_remove_user_config_data.failed = failed
        twofactorauth_remove_user_config_data.users_modified = users_modified

        twofactorauth_remove_user_config_data.additional_properties = dict(d) if d else {}
        return twofactorauth_remove_user_config_data

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


from ..models.twofactorauth_remove_user_config_data_failed import TwofactorauthRemoveUserConfigDataFailed  # noqa: E402
