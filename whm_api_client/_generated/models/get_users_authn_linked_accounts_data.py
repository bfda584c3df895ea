# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_list, read_object

if TYPE_CHECKING:
    from ..models.get_users_authn_linked_accounts_data_username_linked_accounts_item import (
        GetUsersAuthnLinkedAccountsDataUsernameLinkedAccountsItem,
    )


T = TypeVar("T", bound="GetUsersAuthnLinkedAccountsData")
_new_instance = object.__new__


@_attrs_define
class GetUsersAuthnLinkedAccountsData:
    """
    Attributes:
        username_linked_accounts (list[GetUsersAuthnLinkedAccountsDataUsernameLinkedAccountsItem] | Unset):
    """

    username_linked_accounts: list[GetUsersAuthnLinkedAccountsDataUsernameLinkedAccountsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        username_linked_accounts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.username_linked_accounts, Unset):
            username_linked_accounts = []
            for username_linked_accounts_item_data in self.username_linked_accounts:
                username_linked_accounts_item = username_linked_accounts_item_data.to_dict()
                username_linked_accounts.append(username_linked_accounts_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if username_linked_accounts is not UNSET:
            field_dict["username_linked_accounts"] = username_linked_accounts

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _username_linked_accounts = d.pop("username_linked_accounts", UNSET)
        if _username_linked_accounts.__class__ is not list:
            _username_linked_accounts = read_list(_username_linked_accounts, "username_linked_accounts", False)
        username_linked_accounts: list[GetUsersAuthnLinkedAccountsDataUsernameLinkedAccountsItem] | Unset = UNSET
        if _username_linked_accounts is not UNSET:
            username_linked_accounts = []
            for username_linked_accounts_item_data in _username_linked_accounts:
                _username_linked_accounts_item = username_linked_accounts_item_data
                if _username_linked_accounts_item.__class__ is not dict:
                    _username_linked_accounts_item = read_object(
                        _username_linked_accounts_item, "username_linked_accounts_item", True
                    )
                username_linked_accounts_item = GetUsersAuthnLinkedAccountsDataUsernameLinkedAccountsItem.from_dict(
                    _username_linked_accounts_item
                )

                username_linked_accounts.append(username_linked_accounts_item)

        get_users_authn_linked_accounts_data = _new_instance(cls)
        get_users_authn_linked_accounts_data.username_linked_accounts = username_linked_accounts

        get_users_authn_linked_accounts_data.additional_properties = dict(d) if d else {}
        return get_users_authn_linked_accounts_data

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


from ..models.get_users_authn_linked_accounts_data_username_linked_accounts_item import (
    GetUsersAuthnLinkedAccountsDataUsernameLinkedAccountsItem,  # noqa: E402
)
