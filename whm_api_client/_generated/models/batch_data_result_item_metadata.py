# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BatchDataResultItemMetadata")


@_attrs_define
class BatchDataResultItemMetadata:
    """
    Attributes:
        command (str | Unset):
        reason (str | Unset):
        result (int | Unset):
        version (int | Unset):
    """

    command: str | Unset = UNSET
    reason: str | Unset = UNSET
    result: int | Unset = UNSET
    version: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        command = self.command

        reason = self.reason

        result = self.result

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if command is not UNSET:
            field_dict["command"] = command
        if reason is not UNSET:
            field_dict["reason"] = reason
        if result is not UNSET:
            field_dict["result"] = result
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        command = d.pop("command", UNSET)
        if command is None:
            command = UNSET
        if not isinstance(command, (str, Unset)):
            raise TypeError(f"field command: expected string, got {type(command).__name__}")

        reason = d.pop("reason", UNSET)
        if reason is None:
            reason = UNSET
        if not isinstance(reason, (str, Unset)):
            raise TypeError(f"field reason: expected string, got {type(reason).__name__}")

        result = d.pop("result", UNSET)
        if result is None:
            result = UNSET
        if not isinstance(result, (int, Unset)):
            raise TypeError(f"field result: expected integer, got {type(result).__name__}")

        version = d.pop("version", UNSET)
        if version is None:
            version = UNSET
        if not isinstance(version, (int, Unset)):
            raise TypeError(f"field version: expected integer, got {type(version).__name__}")

        batch_data_result_item_metadata = cls(
            command=command,
            reason=reason,
            result=result,
            version=version,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        batch_data_result_item_metadata.additional_properties = additional_properties
        return batch_data_result_item_metadata

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
