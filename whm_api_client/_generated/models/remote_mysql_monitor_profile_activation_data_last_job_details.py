# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_list, read_object, read_value

if TYPE_CHECKING:
    from ..models.remote_mysql_monitor_profile_activation_data_last_job_details_steps_item import (
        RemoteMysqlMonitorProfileActivationDataLastJobDetailsStepsItem,
    )


T = TypeVar("T", bound="RemoteMysqlMonitorProfileActivationDataLastJobDetails")
_new_instance = object.__new__


@_attrs_define
class RemoteMysqlMonitorProfileActivationDataLastJobDetails:
    """
    Attributes:
        end_time (int | Unset):
        profile_name (str | Unset):
        start_time (int | Unset):
        status (str | Unset):
        steps (list[RemoteMysqlMonitorProfileActivationDataLastJobDetailsStepsItem] | Unset):
    """

    end_time: int | Unset = UNSET
    profile_name: str | Unset = UNSET
    start_time: int | Unset = UNSET
    status: str | Unset = UNSET
    steps: list[RemoteMysqlMonitorProfileActivationDataLastJobDetailsStepsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        end_time = self.end_time

        profile_name = self.profile_name

        start_time = self.start_time

        status = self.status

        steps: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.steps, Unset):
            steps = []
            for steps_item_data in self.steps:
                steps_item = steps_item_data.to_dict()
                steps.append(steps_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if end_time is not UNSET:
            field_dict["end_time"] = end_time
        if profile_name is not UNSET:
            field_dict["profile_name"] = profile_name
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if status is not UNSET:
            field_dict["status"] = status
        if steps is not UNSET:
            field_dict["steps"] = steps

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        end_time = d.pop("end_time", UNSET)
        if end_time.__class__ is not int:
            end_time = read_value(end_time, "end_time", "integer", False)

        profile_name = d.pop("profile_name", UNSET)
        if profile_name.__class__ is not str:
            profile_name = read_value(profile_name, "profile_name", "string", False)

        start_time = d.pop("start_time", UNSET)
        if start_time.__class__ is not int:
            start_time = read_value(start_time, "start_time", "integer", False)

        status = d.pop("status", UNSET)
        if status.__class__ is not str:
            status = read_value(status, "status", "string", False)

        _steps = d.pop("steps", UNSET)
        if _steps.__class__ is not list:
            _steps = read_list(_steps, "steps", False)
        steps: list[RemoteMysqlMonitorProfileActivationDataLastJobDetailsStepsItem] | Unset = UNSET
        if _steps is not UNSET:
            steps = []
            for steps_item_data in _steps:
                _steps_item = steps_item_data
                if _steps_item.__class__ is not dict:
                    _steps_item = read_object(_steps_item, "steps_item", True)
                steps_item = RemoteMysqlMonitorProfileActivationDataLastJobDetailsStepsItem.from_dict(_steps_item)

                steps.append(steps_item)

        remote_mysql_monitor_profile_activation_data_last_job_details = _new_instance(cls)
        remote_mysql_monitor_profile_activation_data_last_job_details.end_time = end_time
        remote_mysql_monitor_profile_activation_data_last_job_details.profile_name = profile_name
        remote_mysql_monitor_profile_activation_data_last_job_details.start_time = start_time
        remote_mysql_monitor_profile_activation_data_last_job_details.status = status
        remote_mysql_monitor_profile_activation_data_last_job_details.steps = steps

        remote_mysql_monitor_profile_activation_data_last_job_details.additional_properties = dict(d) if d else {}
        return remote_mysql_monitor_profile_activation_data_last_job_details

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


from ..models.remote_mysql_monitor_profile_activation_data_last_job_details_steps_item import (
    RemoteMysqlMonitorProfileActivationDataLastJobDetailsStepsItem,  # noqa: E402
)
