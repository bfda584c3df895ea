# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.uapi_cpanel_data_uapi_metadata import UapiCpanelDataUapiMetadata


T = TypeVar("T", bound="UapiCpanelDataUapi")


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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        data = d.pop("data", UNSET)

        _errors = d.pop("errors", UNSET)
        errors: list[str] | Unset = UNSET
        if _errors is not None and not isinstance(_errors, Unset):  # null reads as UNSET
            if not isinstance(_errors, list):
                raise TypeError(f"field errors: expected array, got {type(_errors).__name__}")
            errors = []
            for errors_item_data in _errors:
                errors_item = errors_item_data
                if not isinstance(errors_item, (str,)):
                    raise TypeError(f"field errors_item: expected string, got {type(errors_item).__name__}")

                errors.append(errors_item)

        _messages = d.pop("messages", UNSET)
        messages: list[str] | Unset = UNSET
        if _messages is not None and not isinstance(_messages, Unset):  # null reads as UNSET
            if not isinstance(_messages, list):
                raise TypeError(f"field messages: expected array, got {type(_messages).__name__}")
            messages = []
            for messages_item_data in _messages:
                messages_item = messages_item_data
                if not isinstance(messages_item, (str,)):
                    raise TypeError(f"field messages_item: expected string, got {type(messages_item).__name__}")

                messages.append(messages_item)

        _metadata = d.pop("metadata", UNSET)
        metadata: UapiCpanelDataUapiMetadata | Unset
        if _metadata is None or isinstance(_metadata, Unset):  # null reads as UNSET
            metadata = UNSET
        else:
            if not isinstance(_metadata, dict):
                raise TypeError(f"field metadata: expected object, got {type(_metadata).__name__}")
            metadata = UapiCpanelDataUapiMetadata.from_dict(_metadata)

        status = d.pop("status", UNSET)
        if status is None:
            status = UNSET
        if not isinstance(status, (int, Unset)):
            raise TypeError(f"field status: expected integer, got {type(status).__name__}")

        _warnings = d.pop("warnings", UNSET)
        warnings: list[str] | Unset = UNSET
        if _warnings is not None and not isinstance(_warnings, Unset):  # null reads as UNSET
            if not isinstance(_warnings, list):
                raise TypeError(f"field warnings: expected array, got {type(_warnings).__name__}")
            warnings = []
            for warnings_item_data in _warnings:
                warnings_item = warnings_item_data
                if not isinstance(warnings_item, (str,)):
                    raise TypeError(f"field warnings_item: expected string, got {type(warnings_item).__name__}")

                warnings.append(warnings_item)

        uapi_cpanel_data_uapi = cls(
            data=data,
            errors=errors,
            messages=messages,
            metadata=metadata,
            status=status,
            warnings=warnings,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        uapi_cpanel_data_uapi.additional_properties = additional_properties
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
