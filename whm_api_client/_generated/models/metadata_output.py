# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MetadataOutput")


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
                if not isinstance(_messages_type_0, list):
                    raise TypeError(f"field messages_type_0: expected array, got {type(_messages_type_0).__name__}")
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
            if not isinstance(messages_type_1, (str,)):
                raise TypeError(f"field messages_type_1: expected string, got {type(messages_type_1).__name__}")

            return messages_type_1

        messages = _parse_messages(d.pop("messages", UNSET))

        raw = d.pop("raw", UNSET)
        if raw is None:
            raw = UNSET
        if not isinstance(raw, (str, Unset)):
            raise TypeError(f"field raw: expected string, got {type(raw).__name__}")

        def _parse_warnings(data: object) -> list[Any] | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                _warnings_type_0 = data
                if not isinstance(_warnings_type_0, list):
                    raise TypeError(f"field warnings_type_0: expected array, got {type(_warnings_type_0).__name__}")
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
            if not isinstance(warnings_type_1, (str,)):
                raise TypeError(f"field warnings_type_1: expected string, got {type(warnings_type_1).__name__}")

            return warnings_type_1

        warnings = _parse_warnings(d.pop("warnings", UNSET))

        metadata_output = cls(
            messages=messages,
            raw=raw,
            warnings=warnings,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        metadata_output.additional_properties = additional_properties
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
