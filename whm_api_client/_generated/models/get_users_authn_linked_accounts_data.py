# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_users_authn_linked_accounts_data_username_linked_accounts_item import (
        GetUsersAuthnLinkedAccountsDataUsernameLinkedAccountsItem,
    )


T = TypeVar("T", bound="GetUsersAuthnLinkedAccountsData")


@_attrs_define
class GetUsersAuthnLinkedAccountsData:
    """
    Attributes:
        username_linked_accounts (list[GetUsersAuthnLinkedAccountsDataUsernameLinkedAccountsItem] | Unset):
    """

    username_linked_accounts: list[GetUsersAuthnLinkedAccountsDataUsernameLinkedAccountsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _username_linked_accounts = d.pop("username_linked_accounts", UNSET)
        username_linked_accounts: list[GetUsersAuthnLinkedAccountsDataUsernameLinkedAccountsItem] | Unset = UNSET
        if _username_linked_accounts is not None and not isinstance(
            _username_linked_accounts, Unset
        ):  # null reads as UNSET
            if not isinstance(_username_linked_accounts, list):
                raise TypeError(
                    f"field username_linked_accounts: expected array, got {type(_username_linked_accounts).__name__}"
                )
            username_linked_accounts = []
            for username_linked_accounts_item_data in _username_linked_accounts:
                _username_linked_accounts_item = username_linked_accounts_item_data
                if not isinstance(_username_linked_accounts_item, dict):
                    raise TypeError(
                        f"field username_linked_accounts_item: expected object, got {type(_username_linked_accounts_item).__name__}"
                    )
                username_linked_accounts_item = GetUsersAuthnLinkedAccountsDataUsernameLinkedAccountsItem.from_dict(
                    _username_linked_accounts_item
                )

                username_linked_accounts.append(username_linked_accounts_item)

        get_users_authn_linked_accounts_data = cls(
            username_linked_accounts=username_linked_accounts,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        get_users_authn_linked_accounts_data.additional_properties = additional_properties
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
