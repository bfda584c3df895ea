# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Ipv6RangeListDataRangeItem")


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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)
        if name is None:
            name = UNSET
        if not isinstance(name, (str, Unset)):
            raise TypeError(f"field name: expected string, got {type(name).__name__}")

        cidr = d.pop("CIDR", UNSET)
        if cidr is None:
            cidr = UNSET
        if not isinstance(cidr, (str, Unset)):
            raise TypeError(f"field CIDR: expected string, got {type(cidr).__name__}")

        enabled = d.pop("enabled", UNSET)
        if enabled is None:
            enabled = UNSET
        if not isinstance(enabled, (int, Unset)):
            raise TypeError(f"field enabled: expected integer, got {type(enabled).__name__}")

        first = d.pop("first", UNSET)
        if first is None:
            first = UNSET
        if not isinstance(first, (str, Unset)):
            raise TypeError(f"field first: expected string, got {type(first).__name__}")

        last = d.pop("last", UNSET)
        if last is None:
            last = UNSET
        if not isinstance(last, (str, Unset)):
            raise TypeError(f"field last: expected string, got {type(last).__name__}")

        mostrecent = d.pop("mostrecent", UNSET)
        if mostrecent is None:
            mostrecent = UNSET
        if not isinstance(mostrecent, (str, Unset)):
            raise TypeError(f"field mostrecent: expected string, got {type(mostrecent).__name__}")

        note = d.pop("note", UNSET)
        if note is None:
            note = UNSET
        if not isinstance(note, (str, Unset)):
            raise TypeError(f"field note: expected string, got {type(note).__name__}")

        owner = d.pop("owner", UNSET)
        if owner is None:
            owner = UNSET
        if not isinstance(owner, (str, Unset)):
            raise TypeError(f"field owner: expected string, got {type(owner).__name__}")

        _range_users = d.pop("range_users", UNSET)
        range_users: list[str] | Unset = UNSET
        if _range_users is not None and not isinstance(_range_users, Unset):  # null reads as UNSET
            if not isinstance(_range_users, list):
                raise TypeError(f"field range_users: expected array, got {type(_range_users).__name__}")
            range_users = []
            for range_users_item_data in _range_users:
                range_users_item = range_users_item_data
                if not isinstance(range_users_item, (str,)):
                    raise TypeError(f"field range_users_item: expected string, got {type(range_users_item).__name__}")

                range_users.append(range_users_item)

        _reclaimed = d.pop("reclaimed", UNSET)
        reclaimed: list[str] | Unset = UNSET
        if _reclaimed is not None and not isinstance(_reclaimed, Unset):  # null reads as UNSET
            if not isinstance(_reclaimed, list):
                raise TypeError(f"field reclaimed: expected array, got {type(_reclaimed).__name__}")
            reclaimed = []
            for reclaimed_item_data in _reclaimed:
                reclaimed_item = reclaimed_item_data
                if not isinstance(reclaimed_item, (str,)):
                    raise TypeError(f"field reclaimed_item: expected string, got {type(reclaimed_item).__name__}")

                reclaimed.append(reclaimed_item)

        ipv_6_range_list_data_range_item = cls(
            name=name,
            cidr=cidr,
            enabled=enabled,
            first=first,
            last=last,
            mostrecent=mostrecent,
            note=note,
            owner=owner,
            range_users=range_users,
            reclaimed=reclaimed,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        ipv_6_range_list_data_range_item.additional_properties = additional_properties
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
