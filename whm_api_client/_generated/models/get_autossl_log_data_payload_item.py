# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_value

T = TypeVar("T", bound="GetAutosslLogDataPayloadItem")
_new_instance = object.__new__


@_attrs_define
class GetAutosslLogDataPayloadItem:
    """
    Attributes:
        type_ (str | Unset):
        contents (str | Unset):
        indent (int | Unset):
        partial (int | Unset):
        pid (int | Unset):
        timestamp (str | Unset):
    """

    type_: str | Unset = UNSET
    contents: str | Unset = UNSET
    indent: int | Unset = UNSET
    partial: int | Unset = UNSET
    pid: int | Unset = UNSET
    timestamp: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        type_ = self.type_

        contents = self.contents

        indent = self.indent

        partial = self.partial

        pid = self.pid

        timestamp = self.timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if contents is not UNSET:
            field_dict["contents"] = contents
        if indent is not UNSET:
            field_dict["indent"] = indent
        if partial is not UNSET:
            field_dict["partial"] = partial
        if pid is not UNSET:
            field_dict["pid"] = pid
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = d.pop("type", UNSET)
        if type_.__class__ is not str:
            type_ = read_value(type_, "type", "string", False)

        contents = d.pop("contents", UNSET)
        if contents.__class__ is not str:
            contents = read_value(contents, "contents", "string", False)

        indent = d.pop("indent", UNSET)
        if indent.__class__ is not int:
            indent = read_value(indent, "indent", "integer", False)

        partial = d.pop("partial", UNSET)
        if partial.__class__ is not int:
            partial = read_value(partial, "partial", "integer", False)

        pid = d.pop("pid", UNSET)
        if pid.__class__ is not int:
            pid = read_value(pid, "pid", "integer", False)

        timestamp = d.pop("timestamp", UNSET)
        if timestamp.__class__ is not str:
            timestamp = read_value(timestamp, "timestamp", "string", False)

        get_autossl_log_data_payload_item = _new_instance(cls)
        get_autossl_log_data_payload_item.type_ = type_
        get_autossl_log_data_payload_item.contents = contents
        get_autossl_log_data_payload_item.indent = indent
        get_autossl_log_data_payload_item.partial = partial
        get_autossl_log_data_payload_item.pid = pid
        get_autossl_log_data_payload_item.timestamp = timestamp

        get_autossl_log_data_payload_item.additional_properties = dict(d) if d else {}
        return get_autossl_log_data_payload_item

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
