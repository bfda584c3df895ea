# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.listsuspended_data_account_item import ListsuspendedDataAccountItem


T = TypeVar("T", bound="ListsuspendedData")


@_attrs_define
class ListsuspendedData:
    """
    Attributes:
        account (list[ListsuspendedDataAccountItem] | Unset):
    """

    account: list[ListsuspendedDataAccountItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.account, Unset):
            account = []
            for account_item_data in self.account:
                account_item = account_item_data.to_dict()
                account.append(account_item)

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
        account: list[ListsuspendedDataAccountItem] | Unset = UNSET
        if _account is not None and not isinstance(_account, Unset):  # null reads as UNSET
            if not isinstance(_account, list):
                raise TypeError(f"field account: expected array, got {type(_account).__name__}")
            account = []
            for account_item_data in _account:
                _account_item = account_item_data
                if not isinstance(_account_item, dict):
                    raise TypeError(f"field account_item: expected object, got {type(_account_item).__name__}")
                account_item = ListsuspendedDataAccountItem.from_dict(_account_item)

                account.append(account_item)

        listsuspended_data = cls(
            account=account,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        listsuspended_data.additional_properties = additional_properties
        return listsuspended_data

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


from ..models.listsuspended_data_account_item import ListsuspendedDataAccountItem  # noqa: E402
