# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_object

if TYPE_CHECKING:
    from ..models.restore_queue_list_completed_data_restore_job_item_restore_job import (
        RestoreQueueListCompletedDataRestoreJobItemRestoreJob,
    )
    from ..models.restore_queue_list_completed_data_restore_job_item_status_info import (
        RestoreQueueListCompletedDataRestoreJobItemStatusInfo,
    )


T = TypeVar("T", bound="RestoreQueueListCompletedDataRestoreJobItem")
_new_instance = object.__new__


@_attrs_define
class RestoreQueueListCompletedDataRestoreJobItem:
    """
    Attributes:
        restore_job (RestoreQueueListCompletedDataRestoreJobItemRestoreJob | Unset):
        status_info (RestoreQueueListCompletedDataRestoreJobItemStatusInfo | Unset):
    """

    restore_job: RestoreQueueListCompletedDataRestoreJobItemRestoreJob | Unset = UNSET
    status_info: RestoreQueueListCompletedDataRestoreJobItemStatusInfo | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        restore_job: dict[str, Any] | Unset = UNSET
        if not isinstance(self.restore_job, Unset):
            restore_job = self.restore_job.to_dict()

        status_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.status_info, Unset):
            status_info = self.status_info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if restore_job is not UNSET:
            field_dict["restore_job"] = restore_job
        if status_info is not UNSET:
            field_dict["status_info"] = status_info

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _restore_job = d.pop("restore_job", UNSET)
        restore_job: RestoreQueueListCompletedDataRestoreJobItemRestoreJob | Unset
        if _restore_job.__class__ is not dict:
            _restore_job = read_object(_restore_job, "restore_job", False)
        restore_job = (
            UNSET
            if _restore_job is UNSET
            else RestoreQueueListCompletedDataRestoreJobItemRestoreJob.from_dict(_restore_job)
        )

        _status_info = d.pop("status_info", UNSET)
        status_info: RestoreQueueListCompletedDataRestoreJobItemStatusInfo | Unset
        if _status_info.__class__ is not dict:
            _status_info = read_object(_status_info, "status_info", False)
        status_info = (
            UNSET
            if _status_info is UNSET
            else RestoreQueueListCompletedDataRestoreJobItemStatusInfo.from_dict(_status_info)
        )

        restore_queue_list_completed_data_restore_job_item = _new_instance(cls)
        restore_queue_list_completed_data_restore_job_item.restore_job = restore_job
        restore_queue_list_completed_data_restore_job_item.status_info = status_info

        restore_queue_list_completed_data_restore_job_item.additional_properties = dict(d) if d else {}
        return restore_queue_list_completed_data_restore_job_item

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


from ..models.restore_queue_list_completed_data_restore_job_item_restore_job import (
    RestoreQueueListCompletedDataRestoreJobItemRestoreJob,  # noqa: E402
)
from ..models.restore_queue_list_completed_data_restore_job_item_status_info import (
    RestoreQueueListCompletedDataRestoreJobItemStatusInfo,  # noqa: E402
)
