# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ListlockedaccountsData")


@_attrs_define
class ListlockedaccountsData:
    """
    Attributes:
        account (list[str] | Unset):
    """

    account: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account: list[str] | Unset = UNSET
        if not isinstance(self.account, Unset):
            account = self.account

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account is not UNSET:
            field_dict["account"] = account

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _account = d.pop("account", UNSET)
        account: list[str] | Unset = UNSET
        if _account is not None and not isinstance(_account, Unset):  # null reads as UNSET
            if not isinstance(_account, list):
                raise TypeError(f"field account: expected array, got {type(_account).__name__}")
            account = []
            for account_item_data in _account:
                account_item = account_item_data
                if not isinstance(account_item, (str,)):
                    raise TypeError(f"field account_item: expected string, got {type(account_item).__name__}")

                account.append(account_item)

        listlockedaccounts_data = cls(
            account=account,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        listlockedaccounts_data.additional_properties = additional_properties
        return listlockedaccounts_data

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
