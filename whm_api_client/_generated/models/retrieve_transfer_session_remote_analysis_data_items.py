# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_list

T = TypeVar("T", bound="RetrieveTransferSessionRemoteAnalysisDataItems")
_new_instance = object.__new__


@_attrs_define
class RetrieveTransferSessionRemoteAnalysisDataItems:
    """
    Attributes:
        accounts (list[Any] | Unset):
        packages (list[Any] | Unset):
    """

    accounts: list[Any] | Unset = UNSET
    packages: list[Any] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        accounts: list[Any] | Unset = UNSET
        if not isinstance(self.accounts, Unset):
            accounts = self.accounts

        packages: list[Any] | Unset = UNSET
        if not isinstance(self.packages, Unset):
            packages = self.packages

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if accounts is not UNSET:
            field_dict["accounts"] = accounts
        if packages is not UNSET:
            field_dict["packages"] = packages

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
        accounts: list[Any] | Unset = UNSET
        if _accounts is not UNSET:
            accounts = []
            for accounts_item_data in _accounts:
                accounts_item = accounts_item_data

                accounts.append(accounts_item)

        _packages = d.pop("packages", UNSET)
        if _packages.__class__ is not list:
            _packages = read_list(_packages, "packages", False)
        packages: list[Any] | Unset = UNSET
        if _packages is not UNSET:
            packages = []
            for packages_item_data in _packages:
                packages_item = packages_item_data

                packages.append(packages_item)

        retrieve_transfer_session_remote_analysis_data_items = _new_instance(cls)
        retrieve_transfer_session_remote_analysis_data_items.accounts = accounts
        retrieve_transfer_session_remote_analysis_data_items.packages = packages

        retrieve_transfer_session_remote_analysis_data_items.additional_properties = dict(d) if d else {}
        return retrieve_transfer_session_remote_analysis_data_items

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
