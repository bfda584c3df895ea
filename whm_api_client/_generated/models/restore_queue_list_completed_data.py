# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_list, read_object

if TYPE_CHECKING:
    from ..models.restore_queue_list_completed_data_restore_job_item import RestoreQueueListCompletedDataRestoreJobItem


T = TypeVar("T", bound="RestoreQueueListCompletedData")
_new_instance = object.__new__


@_attrs_define
class RestoreQueueListCompletedData:
    """
    Attributes:
        restore_job (list[RestoreQueueListCompletedDataRestoreJobItem] | Unset):
    """

    restore_job: list[RestoreQueueListCompletedDataRestoreJobItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        restore_job: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.restore_job, Unset):
            restore_job = []
            for restore_job_item_data in self.restore_job:
                restore_job_item = restore_job_item_data.to_dict()
                restore_job.append(restore_job_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if restore_job is not UNSET:
            field_dict["restore_job"] = restore_job

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _restore_job = d.pop("restore_job", UNSET)
        if _restore_job.__class__ is not list:
            _restore_job = read_list(_restore_job, "restore_job", False)
        restore_job: list[RestoreQueueListCompletedDataRestoreJobItem] | Unset = UNSET
        if _restore_job is not UNSET:
            restore_job = []
            for restore_job_item_data in _restore_job:
                _restore_job_item = restore_job_item_data
                if _restore_job_item.__class__ is not dict:
                    _restore_job_item = read_object(_restore_job_item, "restore_job_item", True)
                restore_job_item = RestoreQueueListCompletedDataRestoreJobItem.from_dict(_restore_job_item)

                restore_job.append(restore_job_item)

        restore_queue_list_completed_data = _new_instance(cls)
        restore_queue_list_completed_data.restore_job = restore_job

        restore_queue_list_completed_data.additional_properties = dict(d) if d else {}
        return restore_queue_list_completed_data

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


from ..models.restore_queue_list_completed_data_restore_job_item import RestoreQueueListCompletedDataRestoreJobItem  # noqa: E402
