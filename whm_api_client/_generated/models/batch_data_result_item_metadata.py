# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_value

T = TypeVar("T", bound="BatchDataResultItemMetadata")
_new_instance = object.__new__


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
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
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

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        command = d.pop("command", UNSET)
        if command.__class__ is not str:
            command = read_value(command, "command", "string", False)

        reason = d.pop("reason", UNSET)
        if reason.__class__ is not str:
            reason = read_value(reason, "reason", "string", False)

        result = d.pop("result", UNSET)
        if result.__class__ is not int:
            result = read_value(result, "result", "integer", False)

        version = d.pop("version", UNSET)
        if version.__class__ is not int:
            version = read_value(version, "version", "integer", False)

        batch_data_result_item_metadata = _new_instance(cls)
        batch_data_result_item_metadata.command = command
        batch_data_result_item_metadata.reason = reason
        batch_data_result_item_metadata.result = result
        batch_data_result_item_metadata.version = version

        batch_data_result_item_metadata.additional_properties = dict(d) if d else {}
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
