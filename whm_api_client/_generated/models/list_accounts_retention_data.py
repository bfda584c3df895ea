# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_accounts_retention_data_accounts_item import ListAccountsRetentionDataAccountsItem


T = TypeVar("T", bound="ListAccountsRetentionData")


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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _accounts = d.pop("accounts", UNSET)
        accounts: list[ListAccountsRetentionDataAccountsItem] | Unset = UNSET
        if _accounts is not None and not isinstance(_accounts, Unset):  # null reads as UNSET
            if not isinstance(_accounts, list):
                raise TypeError(f"field accounts: expected array, got {type(_accounts).__name__}")
            accounts = []
            for accounts_item_data in _accounts:
                _accounts_item = accounts_item_data
                if not isinstance(_accounts_item, dict):
                    raise TypeError(f"field accounts_item: expected object, got {type(_accounts_item).__name__}")
                accounts_item = ListAccountsRetentionDataAccountsItem.from_dict(_accounts_item)

                accounts.append(accounts_item)

        default_retention = d.pop("default_retention", UNSET)
        if default_retention is None:
            default_retention = UNSET
        if not isinstance(default_retention, (int, Unset)):
            raise TypeError(f"field default_retention: expected integer, got {type(default_retention).__name__}")

        list_accounts_retention_data = cls(
            accounts=accounts,
            default_retention=default_retention,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        list_accounts_retention_data.additional_properties = additional_properties
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
