# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_list, read_value

T = TypeVar("T", bound="MetadataOutput")
_new_instance = object.__new__


@_attrs_define
class MetadataOutput:
    """
    Attributes:
        messages (list[Any] | str | Unset):
        raw (str | Unset):
        warnings (list[Any] | str | Unset):
    """

    messages: list[Any] | str | Unset = UNSET
    raw: str | Unset = UNSET
    warnings: list[Any] | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        messages: list[Any] | str | Unset
        if isinstance(self.messages, Unset):
            messages = UNSET
        elif isinstance(self.messages, list):
            messages = self.messages

        else:
            messages = self.messages

        raw = self.raw

        warnings: list[Any] | str | Unset
        if isinstance(self.warnings, Unset):
            warnings = UNSET
        elif isinstance(self.warnings, list):
            warnings = self.warnings

        else:
            warnings = self.warnings

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if messages is not UNSET:
            field_dict["messages"] = messages
        if raw is not UNSET:
            field_dict["raw"] = raw
        if warnings is not UNSET:
            field_dict["warnings"] = warnings

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_messages(data: object) -> list[Any] | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                _messages_type_0 = data
                if _messages_type_0.__class__ is not list:
                    _messages_type_0 = read_list(_messages_type_0, "messages_type_0", True)
                messages_type_0 = []
                for messages_type_0_item_data in _messages_type_0:
                    messages_type_0_item = messages_type_0_item_data

                    messages_type_0.append(messages_type_0_item)

                return messages_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            messages_type_1 = data
            if messages_type_1.__class__ is not str:
                messages_type_1 = read_value(messages_type_1, "messages_type_1", "string", True)

            return messages_type_1

        messages = _parse_messages(d.pop("messages", UNSET))

        raw = d.pop("raw", UNSET)
        if raw.__class__ is not str:
            raw = read_value(raw, "raw", "string", False)

        def _parse_warnings(data: object) -> list[Any] | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                _warnings_type_0 = data
                if _warnings_type_0.__class__ is not list:
                    _warnings_type_0 = read_list(_warnings_type_0, "warnings_type_0", True)
                warnings_type_0 = []
                for warnings_type_0_item_data in _warnings_type_0:
                    warnings_type_0_item = warnings_type_0_item_data

                    warnings_type_0.append(warnings_type_0_item)

                return warnings_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            warnings_type_1 = data
            if warnings_type_1.__class__ is not str:
                warnings_type_1 = read_value(warnings_type_1, "warnings_type_1", "string", True)

            return warnings_type_1

        warnings = _parse_warnings(d.pop("warnings", UNSET))

        metadata_output = _new_instance(cls)
        metadata_output.messages = messages
        metadata_output.raw = raw
        metadata_output.warnings = warnings

        metadata_output.additional_properties = dict(d) if d else {}
        return metadata_output

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
