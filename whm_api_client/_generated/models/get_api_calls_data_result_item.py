# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_value

T = TypeVar("T", bound="GetApiCallsDataResultItem")
_new_instance = object.__new__


@_attrs_define
class GetApiCallsDataResultItem:
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
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
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

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        count = d.pop("count", UNSET)
        if count.__class__ is not int:
            count = read_value(count, "count", "integer", False)

        entry = d.pop("entry", UNSET)
        if entry.__class__ is not str:
            entry = read_value(entry, "entry", "string", False)

        timestamp = d.pop("timestamp", UNSET)
        if timestamp.__class__ is not int:
            timestamp = read_value(timestamp, "timestamp", "integer", False)

        get_api_calls_data_result_item = _new_instance(cls)
        get_api_calls_data_result_item.count = count
        get_api_calls_data_result_item.entry = entry
        get_api_calls_data_result_item.timestamp = timestamp

        get_api_calls_data_result_item.additional_properties = dict(d) if d else {}
        return get_api_calls_data_result_item

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
