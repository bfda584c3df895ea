# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_value

T = TypeVar("T", bound="ListAccountsRetentionDataAccountsItem")
_new_instance = object.__new__


@_attrs_define
class ListAccountsRetentionDataAccountsItem:
    """
    Attributes:
        domain (str | Unset):
        retention_days (int | None | Unset):
        user (str | Unset):
        using_default (bool | Unset):
    """

    domain: str | Unset = UNSET
    retention_days: int | None | Unset = UNSET
    user: str | Unset = UNSET
    using_default: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        domain = self.domain

        retention_days: int | None | Unset
        if isinstance(self.retention_days, Unset):
            retention_days = UNSET
        else:
            retention_days = self.retention_days

        user = self.user

        using_default = self.using_default

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if domain is not UNSET:
            field_dict["domain"] = domain
        if retention_days is not UNSET:
            field_dict["retention_days"] = retention_days
        if user is not UNSET:
            field_dict["user"] = user
        if using_default is not UNSET:
            field_dict["using_default"] = using_default

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        domain = d.pop("domain", UNSET)
        if domain.__class__ is not str:
            domain = read_value(domain, "domain", "string", False)

        retention_days = d.pop("retention_days", UNSET)
        if retention_days.__class__ is not int and retention_days is not None:
            retention_days = read_value(retention_days, "retention_days", "integer", False)

        user = d.pop("user", UNSET)
        if user.__class__ is not str:
            user = read_value(user, "user", "string", False)

        using_default = d.pop("using_default", UNSET)
        if using_default.__class__ is not bool:
            using_default = read_value(using_default, "using_default", "boolean", False)

        list_accounts_retention_data_accounts_item = _new_instance(cls)
        list_accounts_retention_data_accounts_item.domain = domain
        list_accounts_retention_data_accounts_item.retention_days = retention_days
        list_accounts_retention_data_accounts_item.user = user
        list_accounts_retention_data_accounts_item.using_default = using_default

        list_accounts_retention_data_accounts_item.additional_properties = dict(d) if d else {}
        return list_accounts_retention_data_accounts_item

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
