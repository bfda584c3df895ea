# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_object

if TYPE_CHECKING:
    from ..models.remote_mysql_monitor_profile_activation_data_job_in_progress import (
        RemoteMysqlMonitorProfileActivationDataJobInProgress,
    )
    from ..models.remote_mysql_monitor_profile_activation_data_last_job_details import (
        RemoteMysqlMonitorProfileActivationDataLastJobDetails,
    )


T = TypeVar("T", bound="RemoteMysqlMonitorProfileActivationData")
_new_instance = object.__new__


@_attrs_define
class RemoteMysqlMonitorProfileActivationData:
    """
    Attributes:
        job_in_progress (RemoteMysqlMonitorProfileActivationDataJobInProgress | Unset):
        last_job_details (RemoteMysqlMonitorProfileActivationDataLastJobDetails | Unset):
    """

    job_in_progress: RemoteMysqlMonitorProfileActivationDataJobInProgress | Unset = UNSET
    last_job_details: RemoteMysqlMonitorProfileActivationDataLastJobDetails | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        job_in_progress: dict[str, Any] | Unset = UNSET
        if not isinstance(self.job_in_progress, Unset):
            job_in_progress = self.job_in_progress.to_dict()

        last_job_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.last_job_details, Unset):
            last_job_details = self.last_job_details.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if job_in_progress is not UNSET:
            field_dict["job_in_progress"] = job_in_progress
        if last_job_details is not UNSET:
            field_dict["last_job_details"] = last_job_details

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _job_in_progress = d.pop("job_in_progress", UNSET)
        job_in_progress: RemoteMysqlMonitorProfileActivationDataJobInProgress | Unset
        if _job_in_progress.__class__ is not dict:
            _job_in_progress = read_object(_job_in_progress, "job_in_progress", False)
        job_in_progress = (
            UNSET
            if _job_in_progress is UNSET
            else RemoteMysqlMonitorProfileActivationDataJobInProgress.from_dict(_job_in_progress)
        )

        _last_job_details = d.pop("last_job_details", UNSET)
        last_job_details: RemoteMysqlMonitorProfileActivationDataLastJobDetails | Unset
        if _last_job_details.__class__ is not dict:
            _last_job_details = read_object(_last_job_details, "last_job_details", False)
        last_job_details = (
            UNSET
            if _last_job_details is UNSET
            else RemoteMysqlMonitorProfileActivationDataLastJobDetails.from_dict(_last_job_details)
        )

        remote_mysql_monitor_profile_activation_data = _new_instance(cls)
        remote_mysql_monitor_profile_activation_data.job_in_progress = job_in_progress
        remote_mysql_monitor_profile_activation_data.last_job_details = last_job_details

        remote_mysql_monitor_profile_activation_data.additional_properties = dict(d) if d else {}
        return remote_mysql_monitor_profile_activation_data

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


from ..models.remote_mysql_monitor_profile_activation_data_job_in_progress import (
    RemoteMysqlMonitorProfileActivationDataJobInProgress,  # noqa: E402
)
from ..models.remote_mysql_monitor_profile_activation_data_last_job_details import (
    RemoteMysqlMonitorProfileActivationDataLastJobDetails,  # noqa: E402
)
