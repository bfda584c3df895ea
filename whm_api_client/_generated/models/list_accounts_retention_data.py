# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_list, read_object, read_value

if TYPE_CHECKING:
    from ..models.list_accounts_retention_data_accounts_item import ListAccountsRetentionDataAccountsItem


T = TypeVar("T", bound="ListAccountsRetentionData")
_new_instance = object.__new__


@_attrs_define
class ListAccountsRetentionData:
    """
    Attributes:
        accounts (list[ListAccountsRetentionDataAccountsItem] | Unset):
        default_retention (int | Unset):
    """

    accounts: list[ListAccountsRetentionDataAccountsItem] | Unset = UNSET
    default_retention: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        accounts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.accounts, Unset):
            accounts = []
            for accounts_item_data in self.accounts:
                accounts_item = accounts_item_data.to_dict()
                accounts.append(accounts_item)

        default_retention = self.default_retention

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if accounts is not UNSET:
            field_dict["accounts"] = accounts
        if default_retention is not UNSET:
            field_dict["default_retention"] = default_retention

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _accounts = d.pop("accounts", UNSET)
        if _accounts.__class__ is not list:
            _accounts = read_list(_accounts, "accounts", False)
        accounts: list[ListAccountsRetentionDataAccountsItem] | Unset = UNSET
        if _accounts is not UNSET:
            accounts = []
            for accounts_item_data in _accounts:
                _accounts_item = accounts_item_data
                if _accounts_item.__class__ is not dict:
                    _accounts_item = read_object(_accounts_item, "accounts_item", True)
                accounts_item = ListAccountsRetentionDataAccountsItem.from_dict(_accounts_item)

                accounts.append(accounts_item)

        default_retention = d.pop("default_retention", UNSET)
        if default_retention.__class__ is not int:
            default_retention = read_value(default_retention, "default_retention", "integer", False)

        list_accounts_retention_data = _new_instance(cls)
        list_accounts_retention_data.accounts = accounts
        list_accounts_retention_data.default_retention = default_retention

        list_accounts_retention_data.additional_properties = dict(d) if d else {}
        return list_accounts_retention_data

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


from ..models.list_accounts_retention_data_accounts_item import ListAccountsRetentionDataAccountsItem  # noqa: E402
