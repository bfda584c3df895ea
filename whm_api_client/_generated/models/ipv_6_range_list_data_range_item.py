# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_items, read_list, read_value

T = TypeVar("T", bound="Ipv6RangeListDataRangeItem")
_new_instance = object.__new__


@_attrs_define
class Ipv6RangeListDataRangeItem:
    """
    Attributes:
        name (str | Unset):
        cidr (str | Unset):
        enabled (int | Unset):
        first (str | Unset):
        last (str | Unset):
        mostrecent (str | Unset):
        note (str | Unset):
        owner (str | Unset):
        range_users (list[str] | Unset):
        reclaimed (list[str] | Unset):
    """

    name: str | Unset = UNSET
    cidr: str | Unset = UNSET
    enabled: int | Unset = UNSET
    first: str | Unset = UNSET
    last: str | Unset = UNSET
    mostrecent: str | Unset = UNSET
    note: str | Unset = UNSET
    owner: str | Unset = UNSET
    range_users: list[str] | Unset = UNSET
    reclaimed: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        name = self.name

        cidr = self.cidr

        enabled = self.enabled

        first = self.first

        last = self.last

        mostrecent = self.mostrecent

        note = self.note

        owner = self.owner

        range_users: list[str] | Unset = UNSET
        if not isinstance(self.range_users, Unset):
            range_users = self.range_users

        reclaimed: list[str] | Unset = UNSET
        if not isinstance(self.reclaimed, Unset):
            reclaimed = self.reclaimed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if cidr is not UNSET:
            field_dict["CIDR"] = cidr
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if first is not UNSET:
            field_dict["first"] = first
        if last is not UNSET:
            field_dict["last"] = last
        if mostrecent is not UNSET:
            field_dict["mostrecent"] = mostrecent
        if note is not UNSET:
            field_dict["note"] = note
        if owner is not UNSET:
            field_dict["owner"] = owner
        if range_users is not UNSET:
            field_dict["range_users"] = range_users
        if reclaimed is not UNSET:
            field_dict["reclaimed"] = reclaimed

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)
        if name.__class__ is not str:
            name = read_value(name, "name", "string", False)

        cidr = d.pop("CIDR", UNSET)
        if cidr.__class__ is not str:
            cidr = read_value(cidr, "CIDR", "string", False)

        enabled = d.pop("enabled", UNSET)
        if enabled.__class__ is not int:
            enabled = read_value(enabled, "enabled", "integer", False)

        first = d.pop("first", UNSET)
        if first.__class__ is not str:
            first = read_value(first, "first", "string", False)

        last = d.pop("last", UNSET)
        if last.__class__ is not str:
            last = read_value(last, "last", "string", False)

        mostrecent = d.pop("mostrecent", UNSET)
        if mostrecent.__class__ is not str:
            mostrecent = read_value(mostrecent, "mostrecent", "string", False)

        note = d.pop("note", UNSET)
        if note.__class__ is not str:
            note = read_value(note, "note", "string", False)

        owner = d.pop("owner", UNSET)
        if owner.__class__ is not str:
            owner = read_value(owner, "owner", "string", False)

        _range_users = d.pop("range_users", UNSET)
        if _range_users.__class__ is not list:
            _range_users = read_list(_range_users, "range_users", False)
        range_users: list[str] | Unset = UNSET
        if _range_users is not UNSET:
            range_users = _range_users
            for _item in _range_users:
                if _item.__class__ is not str:
                    range_users = read_items(_range_users, "range_users_item", "string")
                    break

        _reclaimed = d.pop("reclaimed", UNSET)
        if _reclaimed.__class__ is not list:
            _reclaimed = read_list(_reclaimed, "reclaimed", False)
        reclaimed: list[str] | Unset = UNSET
        if _reclaimed is not UNSET:
            reclaimed = _reclaimed
            for _item in _reclaimed:
                if _item.__class__ is not str:
                    reclaimed = read_items(_reclaimed, "reclaimed_item", "string")
                    break

        ipv_6_range_list_data_range_item = _new_instance(cls)
        ipv_6_range_list_data_range_item.name = name
        ipv_6_range_list_data_range_item.cidr = cidr
        ipv_6_range_list_data_range_item.enabled = enabled
        ipv_6_range_list_data_range_item.first = first
        ipv_6_range_list_data_range_item.last = last
        ipv_6_range_list_data_range_item.mostrecent = mostrecent
        ipv_6_range_list_data_range_item.note = note
        ipv_6_range_list_data_range_item.owner = owner
        ipv_6_range_list_data_range_item.range_users = range_users
        ipv_6_range_list_data_range_item.reclaimed = reclaimed

        ipv_6_range_list_data_range_item.additional_properties = dict(d) if d else {}
        return ipv_6_range_list_data_range_item

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
