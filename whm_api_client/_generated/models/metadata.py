# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_list, read_object, read_value

if TYPE_CHECKING:
    from ..models.metadata_output import MetadataOutput


T = TypeVar("T", bound="Metadata")
_new_instance = object.__new__


@_attrs_define
class Metadata:
    """
    Attributes:
        command (str | Unset):
        errors (list[Any] | Unset):
        messages (list[Any] | Unset):
        output (MetadataOutput | Unset):
        reason (str | Unset):  Example: OK.
        result (int | str | Unset):
        version (int | Unset):  Example: 1.
        warnings (list[Any] | Unset):
    """

    command: str | Unset = UNSET
    errors: list[Any] | Unset = UNSET
    messages: list[Any] | Unset = UNSET
    output: MetadataOutput | Unset = UNSET
    reason: str | Unset = UNSET
    result: int | str | Unset = UNSET
    version: int | Unset = UNSET
    warnings: list[Any] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        command = self.command

        errors: list[Any] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = self.errors

        messages: list[Any] | Unset = UNSET
        if not isinstance(self.messages, Unset):
            messages = self.messages

        output: dict[str, Any] | Unset = UNSET
        if not isinstance(self.output, Unset):
            output = self.output.to_dict()

        reason = self.reason

        result: int | str | Unset
        if isinstance(self.result, Unset):
            result = UNSET
        else:
            result = self.result

        version = self.version

        warnings: list[Any] | Unset = UNSET
        if not isinstance(self.warnings, Unset):
            warnings = self.warnings

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if command is not UNSET:
            field_dict["command"] = command
        if errors is not UNSET:
            field_dict["errors"] = errors
        if messages is not UNSET:
            field_dict["messages"] = messages
        if output is not UNSET:
            field_dict["output"] = output
        if reason is not UNSET:
            field_dict["reason"] = reason
        if result is not UNSET:
            field_dict["result"] = result
        if version is not UNSET:
            field_dict["version"] = version
        if warnings is not UNSET:
            field_dict["warnings"] = warnings

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        command = d.pop("command", UNSET)
        if command.__class__ is not str:
            command = read_value(command, "command", "string", False)

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

        _output = d.pop("output", UNSET)
        output: MetadataOutput | Unset
        if _output.__class__ is not dict:
            _output = read_object(_output, "output", False)
        output = UNSET if _output is UNSET else MetadataOutput.from_dict(_output)

        reason = d.pop("reason", UNSET)
        if reason.__class__ is not str:
            reason = read_value(reason, "reason", "string", False)

        def _parse_result(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                result_type_0 = data
                if result_type_0.__class__ is not int:
                    result_type_0 = read_value(result_type_0, "result_type_0", "integer", True)

                return result_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            result_type_1 = data
            if result_type_1.__class__ is not str:
                result_type_1 = read_value(result_type_1, "result_type_1", "string", True)

            return result_type_1

        result = _parse_result(d.pop("result", UNSET))

        version = d.pop("version", UNSET)
        if version.__class__ is not int:
            version = read_value(version, "version", "integer", False)

        _warnings = d.pop("warnings", UNSET)
        if _warnings.__class__ is not list:
            _warnings = read_list(_warnings, "warnings", False)
        warnings: list[Any] | Unset = UNSET
        if _warnings is not UNSET:
            warnings = []
            for warnings_item_data in _warnings:
                warnings_item = warnings_item_data

                warnings.append(warnings_item)

        metadata = _new_instance(cls)
        metadata.command = command
        metadata.errors = errors
        metadata.messages = messages
        metadata.output = output
        metadata.reason = reason
        metadata.result = result
        metadata.version = version
        metadata.warnings = warnings

        metadata.additional_properties = dict(d) if d else {}
        return metadata

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


from ..models.metadata_output import MetadataOutput  # noqa: E402
