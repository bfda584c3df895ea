# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_items, read_list, read_object, read_value

if TYPE_CHECKING:
    from ..models.uapi_cpanel_data_uapi_metadata import UapiCpanelDataUapiMetadata


T = TypeVar("T", bound="UapiCpanelDataUapi")
_new_instance = object.__new__


@_attrs_define
class UapiCpanelDataUapi:
    """
    Attributes:
        data (Any | Unset):
        errors (list[str] | Unset):
        messages (list[str] | Unset):
        metadata (UapiCpanelDataUapiMetadata | Unset):
        status (int | Unset):
        warnings (list[str] | Unset):
    """

    data: Any | Unset = UNSET
    errors: list[str] | Unset = UNSET
    messages: list[str] | Unset = UNSET
    metadata: UapiCpanelDataUapiMetadata | Unset = UNSET
    status: int | Unset = UNSET
    warnings: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        data = self.data

        errors: list[str] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = self.errors

        messages: list[str] | Unset = UNSET
        if not isinstance(self.messages, Unset):
            messages = self.messages

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        status = self.status

        warnings: list[str] | Unset = UNSET
        if not isinstance(self.warnings, Unset):
            warnings = self.warnings

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data is not UNSET:
            field_dict["data"] = data
        if errors is not UNSET:
            field_dict["errors"] = errors
        if messages is not UNSET:
            field_dict["messages"] = messages
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if status is not UNSET:
            field_dict["status"] = status
        if warnings is not UNSET:
            field_dict["warnings"] = warnings

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        data = d.pop("data", UNSET)

        _errors = d.pop("errors", UNSET)
        if _errors.__class__ is not list:
            _errors = read_list(_errors, "errors", False)
        errors: list[str] | Unset = UNSET
        if _errors is not UNSET:
            errors = _errors
            for _item in _errors:
                if _item.__class__ is not str:
                    errors = read_items(_errors, "errors_item", "string")
                    break

        _messages = d.pop("messages", UNSET)
        if _messages.__class__ is not list:
            _messages = read_list(_messages, "messages", False)
        messages: list[str] | Unset = UNSET
        if _messages is not UNSET:
            messages = _messages
            for _item in _messages:
                if _item.__class__ is not str:
                    messages = read_items(_messages, "messages_item", "string")
                    break

        _metadata = d.pop("metadata", UNSET)
        metadata: UapiCpanelDataUapiMetadata | Unset
        if _metadata.__class__ is not dict:
            _metadata = read_object(_metadata, "metadata", False)
        metadata = UNSET if _metadata is UNSET else UapiCpanelDataUapiMetadata.from_dict(_metadata)

        status = d.pop("status", UNSET)
        if status.__class__ is not int:
            status = read_value(status, "status", "integer", False)

        _warnings = d.pop("warnings", UNSET)
        if _warnings.__class__ is not list:
            _warnings = read_list(_warnings, "warnings", False)
        warnings: list[str] | Unset = UNSET
        if _warnings is not UNSET:
            warnings = _warnings
            for _item in _warnings:
                if _item.__class__ is not str:
                    warnings = read_items(_warnings, "warnings_item", "string")
                    break

        uapi_cpanel_data_uapi = _new_instance(cls)
        uapi_cpanel_data_uapi.data = data
        uapi_cpanel_data_uapi.errors = errors
        uapi_cpanel_data_uapi.messages = messages
        uapi_cpanel_data_uapi.metadata = metadata
        uapi_cpanel_data_uapi.status = status
        uapi_cpanel_data_uapi.warnings = warnings

        uapi_cpanel_data_uapi.additional_properties = dict(d) if d else {}
        return uapi_cpanel_data_uapi

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


from ..models.uapi_cpanel_data_uapi_metadata import UapiCpanelDataUapiMetadata  # noqa: E402
