# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetApiPagesData")


@_attrs_define
class GetApiPagesData:
    """
    Attributes:
        count (int | Unset):
        entry (str | Unset):
        timestamp (int | Unset):
    """

    count: int | Unset = UNSET
    entry: str | Unset = UNSET
    timestamp: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        entry = self.entry

        timestamp = self.timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if count is not UNSET:
            field_dict["count"] = count
        if entry is not UNSET:
            field_dict["entry"] = entry
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        count = d.pop("count", UNSET)
        if count is None:
            count = UNSET
        if not isinstance(count, (int, Unset)):
            raise TypeError(f"field count: expected integer, got {type(count).__name__}")

        entry = d.pop("entry", UNSET)
        if entry is None:
            entry = UNSET
        if not isinstance(entry, (str, Unset)):
            raise TypeError(f"field entry: expected string, got {type(entry).__name__}")

        timestamp = d.pop("timestamp", UNSET)
        if timestamp is None:
            timestamp = UNSET
        if not isinstance(timestamp, (int, Unset)):
            raise TypeError(f"field timestamp: expected integer, got {type(timestamp).__name__}")

        get_api_pages_data = cls(
            count=count,
            entry=entry,
            timestamp=timestamp,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        get_api_pages_data.additional_properties = additional_properties
        return get_api_pages_data

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
