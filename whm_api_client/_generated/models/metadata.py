# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.metadata_output import MetadataOutput


T = TypeVar("T", bound="Metadata")


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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        command = d.pop("command", UNSET)
        if command is None:
            command = UNSET
        if not isinstance(command, (str, Unset)):
            raise TypeError(f"field command: expected string, got {type(command).__name__}")

        _errors = d.pop("errors", UNSET)
        errors: list[Any] | Unset = UNSET
        if _errors is not None and not isinstance(_errors, Unset):  # null reads as UNSET
            if not isinstance(_errors, list):
                raise TypeError(f"field errors: expected array, got {type(_errors).__name__}")
            errors = []
            for errors_item_data in _errors:
                errors_item = errors_item_data

                errors.append(errors_item)

        _messages = d.pop("messages", UNSET)
        messages: list[Any] | Unset = UNSET
        if _messages is not None and not isinstance(_messages, Unset):  # null reads as UNSET
            if not isinstance(_messages, list):
                raise TypeError(f"field messages: expected array, got {type(_messages).__name__}")
            messages = []
            for messages_item_data in _messages:
                messages_item = messages_item_data

                messages.append(messages_item)

        _output = d.pop("output", UNSET)
        output: MetadataOutput | Unset
        if _output is None or isinstance(_output, Unset):  # null reads as UNSET
            output = UNSET
        else:
            if not isinstance(_output, dict):
                raise TypeError(f"field output: expected object, got {type(_output).__name__}")
            output = MetadataOutput.from_dict(_output)

        reason = d.pop("reason", UNSET)
        if reason is None:
            reason = UNSET
        if not isinstance(reason, (str, Unset)):
            raise TypeError(f"field reason: expected string, got {type(reason).__name__}")

        def _parse_result(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                result_type_0 = data
                if not isinstance(result_type_0, (int,)):
                    raise TypeError(f"field result_type_0: expected integer, got {type(result_type_0).__name__}")

                return result_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            result_type_1 = data
            if not isinstance(result_type_1, (str,)):
                raise TypeError(f"field result_type_1: expected string, got {type(result_type_1).__name__}")

            return result_type_1

        result = _parse_result(d.pop("result", UNSET))

        version = d.pop("version", UNSET)
        if version is None:
            version = UNSET
        if not isinstance(version, (int, Unset)):
            raise TypeError(f"field version: expected integer, got {type(version).__name__}")

        _warnings = d.pop("warnings", UNSET)
        warnings: list[Any] | Unset = UNSET
        if _warnings is not None and not isinstance(_warnings, Unset):  # null reads as UNSET
            if not isinstance(_warnings, list):
                raise TypeError(f"field warnings: expected array, got {type(_warnings).__name__}")
            warnings = []
            for warnings_item_data in _warnings:
                warnings_item = warnings_item_data

                warnings.append(warnings_item)

        metadata = cls(
            command=command,
            errors=errors,
            messages=messages,
            output=output,
            reason=reason,
            result=result,
            version=version,
            warnings=warnings,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        metadata.additional_properties = additional_properties
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
