# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.remote_mysql_monitor_profile_activation_data_job_in_progress_steps_item import (
        RemoteMysqlMonitorProfileActivationDataJobInProgressStepsItem,
    )


T = TypeVar("T", bound="RemoteMysqlMonitorProfileActivationDataJobInProgress")


@_attrs_define
class RemoteMysqlMonitorProfileActivationDataJobInProgress:
    """
    Attributes:
        profile_name (str | Unset):
        start_time (int | Unset):
        status (str | Unset):
        steps (list[RemoteMysqlMonitorProfileActivationDataJobInProgressStepsItem] | Unset):
    """

    profile_name: str | Unset = UNSET
    start_time: int | Unset = UNSET
    status: str | Unset = UNSET
    steps: list[RemoteMysqlMonitorProfileActivationDataJobInProgressStepsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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
        if profile_name is not UNSET:
            field_dict["profile_name"] = profile_name
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if status is not UNSET:
            field_dict["status"] = status
        if steps is not UNSET:
            field_dict["steps"] = steps

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        profile_name = d.pop("profile_name", UNSET)
        if profile_name is None:
            profile_name = UNSET
        if not isinstance(profile_name, (str, Unset)):
            raise TypeError(f"field profile_name: expected string, got {type(profile_name).__name__}")

        start_time = d.pop("start_time", UNSET)
        if start_time is None:
            start_time = UNSET
        if not isinstance(start_time, (int, Unset)):
            raise TypeError(f"field start_time: expected integer, got {type(start_time).__name__}")

        status = d.pop("status", UNSET)
        if status is None:
            status = UNSET
        if not isinstance(status, (str, Unset)):
            raise TypeError(f"field status: expected string, got {type(status).__name__}")

        _steps = d.pop("steps", UNSET)
        steps: list[RemoteMysqlMonitorProfileActivationDataJobInProgressStepsItem] | Unset = UNSET
        if _steps is not None and not isinstance(_steps, Unset):  # null reads as UNSET
            if not isinstance(_steps, list):
                raise TypeError(f"field steps: expected array, got {type(_steps).__name__}")
            steps = []
            for steps_item_data in _steps:
                _steps_item = steps_item_data
                if not isinstance(_steps_item, dict):
                    raise TypeError(f"field steps_item: expected object, got {type(_steps_item).__name__}")
                steps_item = RemoteMysqlMonitorProfileActivationDataJobInProgressStepsItem.from_dict(_steps_item)

                steps.append(steps_item)

        remote_mysql_monitor_profile_activation_data_job_in_progress = cls(
            profile_name=profile_name,
            start_time=start_time,
            status=status,
            steps=steps,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        remote_mysql_monitor_profile_activation_data_job_in_progress.additional_properties = additional_properties
        return remote_mysql_monitor_profile_activation_data_job_in_progress

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


from ..models.remote_mysql_monitor_profile_activation_data_job_in_progress_steps_item import (
    RemoteMysqlMonitorProfileActivationDataJobInProgressStepsItem,  # noqa: E402
)
