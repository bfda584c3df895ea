# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_value

T = TypeVar("T", bound="BackupGetTransportStatusDataTransportStatusItem")
_new_instance = object.__new__


@_attrs_define
class BackupGetTransportStatusDataTransportStatusItem:
    """
    Attributes:
        date (str | Unset):
        end_timestamp (str | Unset):
        start_timestamp (str | Unset):
        status (str | Unset):
        transport (str | Unset):
        user (str | Unset):
    """

    date: str | Unset = UNSET
    end_timestamp: str | Unset = UNSET
    start_timestamp: str | Unset = UNSET
    status: str | Unset = UNSET
    transport: str | Unset = UNSET
    user: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        date = self.date

        end_timestamp = self.end_timestamp

        start_timestamp = self.start_timestamp

        status = self.status

        transport = self.transport

        user = self.user

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if date is not UNSET:
            field_dict["date"] = date
        if end_timestamp is not UNSET:
            field_dict["end_timestamp"] = end_timestamp
        if start_timestamp is not UNSET:
            field_dict["start_timestamp"] = start_timestamp
        if status is not UNSET:
            field_dict["status"] = status
        if transport is not UNSET:
            field_dict["transport"] = transport
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        date = d.pop("date", UNSET)
        if date.__class__ is not str:
            date = read_value(date, "date", "string", False)

        end_timestamp = d.pop("end_timestamp", UNSET)
        if end_timestamp.__class__ is not str:
            end_timestamp = read_value(end_timestamp, "end_timestamp", "string", False)

        start_timestamp = d.pop("start_timestamp", UNSET)
        if start_timestamp.__class__ is not str:
            start_timestamp = read_value(start_timestamp, "start_timestamp", "string", False)

        status = d.pop("status", UNSET)
        if status.__class__ is not str:
            status = read_value(status, "status", "string", False)

        transport = d.pop("transport", UNSET)
        if transport.__class__ is not str:
            transport = read_value(transport, "transport", "string", False)

        user = d.pop("user", UNSET)
        if user.__class__ is not str:
            user = read_value(user, "user", "string", False)

        backup_get_transport_status_data_transport_status_item = _new_instance(cls)
        backup_get_transport_status_data_transport_status_item.date = date
        backup_get_transport_status_data_transport_status_item.end_timestamp = end_timestamp
        backup_get_transport_status_data_transport_status_item.start_timestamp = start_timestamp
        backup_get_transport_status_data_transport_status_item.status = status
        backup_get_transport_status_data_transport_status_item.transport = transport
        backup_get_transport_status_data_transport_status_item.user = user

        backup_get_transport_status_data_transport_status_item.additional_properties = dict(d) if d else {}
        return backup_get_transport_status_data_transport_status_item

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
