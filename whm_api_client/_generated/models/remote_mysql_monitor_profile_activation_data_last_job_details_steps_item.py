# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_value

T = TypeVar("T", bound="RemoteMysqlMonitorProfileActivationDataLastJobDetailsStepsItem")
_new_instance = object.__new__


@_attrs_define
class RemoteMysqlMonitorProfileActivationDataLastJobDetailsStepsItem:
    """
    Attributes:
        name (str | Unset):
        end_time (int | Unset):
        start_time (int | Unset):
        status (str | Unset):
    """

    name: str | Unset = UNSET
    end_time: int | Unset = UNSET
    start_time: int | Unset = UNSET
    status: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        name = self.name

        end_time = self.end_time

        start_time = self.start_time

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if end_time is not UNSET:
            field_dict["end_time"] = end_time
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)
        if name.__class__ is not str:
            name = read_value(name, "name", "string", False)

        end_time = d.pop("end_time", UNSET)
        if end_time.__class__ is not int:
            end_time = read_value(end_time, "end_time", "integer", False)

        start_time = d.pop("start_time", UNSET)
        if start_time.__class__ is not int:
            start_time = read_value(start_time, "start_time", "integer", False)

        status = d.pop("status", UNSET)
        if status.__class__ is not str:
            status = read_value(status, "status", "string", False)

        remote_mysql_monitor_profile_activation_data_last_job_details_steps_item = _new_instance(cls)
        remote_mysql_monitor_profile_activation_data_last_job_details_steps_item.name = name
        remote_mysql_monitor_profile_activation_data_last_job_details_steps_item.end_time = end_time
        remote_mysql_monitor_profile_activation_data_last_job_details_steps_item.start_time = start_time
        remote_mysql_monitor_profile_activation_data_last_job_details_steps_item.status = status

        remote_mysql_monitor_profile_activation_data_last_job_details_steps_item.additional_properties = (
            dict(d) if d else {}
        )
        return remote_mysql_monitor_profile_activation_data_last_job_details_steps_item

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
