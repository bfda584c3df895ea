# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_list, read_object

if TYPE_CHECKING:
    from ..models.listsuspended_data_account_item import ListsuspendedDataAccountItem


T = TypeVar("T", bound="ListsuspendedData")
_new_instance = object.__new__


@_attrs_define
class ListsuspendedData:
    """
    Attributes:
        account (list[ListsuspendedDataAccountItem] | Unset):
    """

    account: list[ListsuspendedDataAccountItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
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

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _account = d.pop("account", UNSET)
        if _account.__class__ is not list:
            _account = read_list(_account, "account", False)
        account: list[ListsuspendedDataAccountItem] | Unset = UNSET
        if _account is not UNSET:
            account = []
            for account_item_data in _account:
                _account_item = account_item_data
                if _account_item.__class__ is not dict:
                    _account_item = read_object(_account_item, "account_item", True)
                account_item = ListsuspendedDataAccountItem.from_dict(_account_item)

                account.append(account_item)

        listsuspended_data = _new_instance(cls)
        listsuspended_data.account = account

        listsuspended_data.additional_properties = dict(d) if d else {}
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
