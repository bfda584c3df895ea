# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_value

T = TypeVar("T", bound="GetDiskUsageDataAccountsItem")
_new_instance = object.__new__


@_attrs_define
class GetDiskUsageDataAccountsItem:
    """
    Attributes:
        blocks_limit (int | None | Unset):
        blocks_used (int | Unset):
        inodes_limit (int | None | Unset):
        inodes_used (int | Unset):
        user (str | Unset):
    """

    blocks_limit: int | None | Unset = UNSET
    blocks_used: int | Unset = UNSET
    inodes_limit: int | None | Unset = UNSET
    inodes_used: int | Unset = UNSET
    user: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        blocks_limit: int | None | Unset
        if isinstance(self.blocks_limit, Unset):
            blocks_limit = UNSET
        else:
            blocks_limit = self.blocks_limit

        blocks_used = self.blocks_used

        inodes_limit: int | None | Unset
        if isinstance(self.inodes_limit, Unset):
            inodes_limit = UNSET
        else:
            inodes_limit = self.inodes_limit

        inodes_used = self.inodes_used

        user = self.user

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if blocks_limit is not UNSET:
            field_dict["blocks_limit"] = blocks_limit
        if blocks_used is not UNSET:
            field_dict["blocks_used"] = blocks_used
        if inodes_limit is not UNSET:
            field_dict["inodes_limit"] = inodes_limit
        if inodes_used is not UNSET:
            field_dict["inodes_used"] = inodes_used
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        blocks_limit = d.pop("blocks_limit", UNSET)
        if blocks_limit.__class__ is not int and blocks_limit is not None:
            blocks_limit = read_value(blocks_limit, "blocks_limit", "integer", False)

        blocks_used = d.pop("blocks_used", UNSET)
        if blocks_used.__class__ is not int:
            blocks_used = read_value(blocks_used, "blocks_used", "integer", False)

        inodes_limit = d.pop("inodes_limit", UNSET)
        if inodes_limit.__class__ is not int and inodes_limit is not None:
            inodes_limit = read_value(inodes_limit, "inodes_limit", "integer", False)

        inodes_used = d.pop("inodes_used", UNSET)
        if inodes_used.__class__ is not int:
            inodes_used = read_value(inodes_used, "inodes_used", "integer", False)

        user = d.pop("user", UNSET)
        if user.__class__ is not str:
            user = read_value(user, "user", "string", False)

        get_disk_usage_data_accounts_item = _new_instance(cls)
        get_disk_usage_data_accounts_item.blocks_limit = blocks_limit
        get_disk_usage_data_accounts_item.blocks_used = blocks_used
        get_disk_usage_data_accounts_item.inodes_limit = inodes_limit
        get_disk_usage_data_accounts_item.inodes_used = inodes_used
        get_disk_usage_data_accounts_item.user = user

        get_disk_usage_data_accounts_item.additional_properties = dict(d) if d else {}
        return get_disk_usage_data_accounts_item

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
