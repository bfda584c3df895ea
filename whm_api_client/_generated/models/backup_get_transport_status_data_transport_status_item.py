# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BackupGetTransportStatusDataTransportStatusItem")


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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        date = d.pop("date", UNSET)
        if date is None:
            date = UNSET
        if not isinstance(date, (str, Unset)):
            raise TypeError(f"field date: expected string, got {type(date).__name__}")

        end_timestamp = d.pop("end_timestamp", UNSET)
        if end_timestamp is None:
            end_timestamp = UNSET
        if not isinstance(end_timestamp, (str, Unset)):
            raise TypeError(f"field end_timestamp: expected string, got {type(end_timestamp).__name__}")

        start_timestamp = d.pop("start_timestamp", UNSET)
        if start_timestamp is None:
            start_timestamp = UNSET
        if not isinstance(start_timestamp, (str, Unset)):
            raise TypeError(f"field start_timestamp: expected string, got {type(start_timestamp).__name__}")

        status = d.pop("status", UNSET)
        if status is None:
            status = UNSET
        if not isinstance(status, (str, Unset)):
            raise TypeError(f"field status: expected string, got {type(status).__name__}")

        transport = d.pop("transport", UNSET)
        if transport is None:
            transport = UNSET
        if not isinstance(transport, (str, Unset)):
            raise TypeError(f"field transport: expected string, got {type(transport).__name__}")

        user = d.pop("user", UNSET)
        if user is None:
            user = UNSET
        if not isinstance(user, (str, Unset)):
            raise TypeError(f"field user: expected string, got {type(user).__name__}")

        backup_get_transport_status_data_transport_status_item = cls(
            date=date,
            end_timestamp=end_timestamp,
            start_timestamp=start_timestamp,
            status=status,
            transport=transport,
            user=user,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        backup_get_transport_status_data_transport_status_item.additional_properties = additional_properties
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
