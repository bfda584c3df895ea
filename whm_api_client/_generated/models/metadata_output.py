# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_list

T = TypeVar("T", bound="MetadataOutput")
_new_instance = object.__new__


@_attrs_define
class MetadataOutput:
    """
    Attributes:
        errors (list[Any] | Unset):
        messages (list[Any] | Unset):
        warnings (list[Any] | Unset):
    """

    errors: list[Any] | Unset = UNSET
    messages: list[Any] | Unset = UNSET
    warnings: list[Any] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        errors: list[Any] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = self.errors

        messages: list[Any] | Unset = UNSET
        if not isinstance(self.messages, Unset):
            messages = self.messages

        warnings: list[Any] | Unset = UNSET
        if not isinstance(self.warnings, Unset):
            warnings = self.warnings

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if errors is not UNSET:
            field_dict["errors"] = errors
        if messages is not UNSET:
            field_dict["messages"] = messages
        if warnings is not UNSET:
            field_dict["warnings"] = warnings

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _errors = d.pop("errors", UNSET)
        if _errors.__class__ is not list:
            _errors = read_list(_errors, "errors", False)
        errors: list[Any] | Unset = UNSET
        if _errors is not UNSET:
            errors = []
            for errors_item_data in _errors:
                errors_item = errors_item_data

                errors.append(errors_item)

        _messages = d.pop("messages", UNSET)
        if _messages.__class__ is not list:
            _messages = read_list(_messages, "messages", False)
        messages: list[Any] | Unset = UNSET
        if _messages is not UNSET:
            messages = []
            for messages_item_data in _messages:
                messages_item = messages_item_data

                messages.append(messages_item)

        _warnings = d.pop("warnings", UNSET)
        if _warnings.__class__ is not list:
            _warnings = read_list(_warnings, "warnings", False)
        warnings: list[Any] | Unset = UNSET
        if _warnings is not UNSET:
            warnings = []
            for warnings_item_data in _warnings:
                warnings_item = warnings_item_data

                warnings.append(warnings_item)

        metadata_output = _new_instance(cls)
        metadata_output.errors = errors
        metadata_output.messages = messages
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
