# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_items, read_list, read_value

T = TypeVar("T", bound="RestoreQueueListCompletedDataRestoreJobItemStatusInfo")
_new_instance = object.__new__


@_attrs_define
class RestoreQueueListCompletedDataRestoreJobItemStatusInfo:
    """
    Attributes:
        altered_items (int | None | Unset):
        dangerous_items (int | None | Unset):
        finished (str | Unset):
        log (str | Unset):
        restore_logfile (str | Unset):
        result (int | Unset):
        skipped_items (int | None | Unset):
        started (str | Unset):
        transfer_session_id (str | Unset):
        warnings (list[str] | Unset):
    """

    altered_items: int | None | Unset = UNSET
    dangerous_items: int | None | Unset = UNSET
    finished: str | Unset = UNSET
    log: str | Unset = UNSET
    restore_logfile: str | Unset = UNSET
    result: int | Unset = UNSET
    skipped_items: int | None | Unset = UNSET
    started: str | Unset = UNSET
    transfer_session_id: str | Unset = UNSET
    warnings: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        altered_items: int | None | Unset
        if isinstance(self.altered_items, Unset):
            altered_items = UNSET
        else:
            altered_items = self.altered_items

        dangerous_items: int | None | Unset
        if isinstance(self.dangerous_items, Unset):
            dangerous_items = UNSET
        else:
            dangerous_items = self.dangerous_items

        finished = self.finished

        log = self.log

        restore_logfile = self.restore_logfile

        result = self.result

        skipped_items: int | None | Unset
        if isinstance(self.skipped_items, Unset):
            skipped_items = UNSET
        else:
            skipped_items = self.skipped_items

        started = self.started

        transfer_session_id = self.transfer_session_id

        warnings: list[str] | Unset = UNSET
        if not isinstance(self.warnings, Unset):
            warnings = self.warnings

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if altered_items is not UNSET:
            field_dict["altered_items"] = altered_items
        if dangerous_items is not UNSET:
            field_dict["dangerous_items"] = dangerous_items
        if finished is not UNSET:
            field_dict["finished"] = finished
        if log is not UNSET:
            field_dict["log"] = log
        if restore_logfile is not UNSET:
            field_dict["restore_logfile"] = restore_logfile
        if result is not UNSET:
            field_dict["result"] = result
        if skipped_items is not UNSET:
            field_dict["skipped_items"] = skipped_items
        if started is not UNSET:
            field_dict["started"] = started
        if transfer_session_id is not UNSET:
            field_dict["transfer_session_id"] = transfer_session_id
        if warnings is not UNSET:
            field_dict["warnings"] = warnings

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        altered_items = d.pop("altered_items", UNSET)
        if altered_items.__class__ is not int and altered_items is not None:
            altered_items = read_value(altered_items, "altered_items", "integer", False)

        dangerous_items = d.pop("dangerous_items", UNSET)
        if dangerous_items.__class__ is not int and dangerous_items is not None:
            dangerous_items = read_value(dangerous_items, "dangerous_items", "integer", False)

        finished = d.pop("finished", UNSET)
        if finished.__class__ is not str:
            finished = read_value(finished, "finished", "string", False)

        log = d.pop("log", UNSET)
        if log.__class__ is not str:
            log = read_value(log, "log", "string", False)

        restore_logfile = d.pop("restore_logfile", UNSET)
        if restore_logfile.__class__ is not str:
            restore_logfile = read_value(restore_logfile, "restore_logfile", "string", False)

        result = d.pop("result", UNSET)
        if result.__class__ is not int:
            result = read_value(result, "result", "integer", False)

        skipped_items = d.pop("skipped_items", UNSET)
        if skipped_items.__class__ is not int and skipped_items is not None:
            skipped_items = read_value(skipped_items, "skipped_items", "integer", False)

        started = d.pop("started", UNSET)
        if started.__class__ is not str:
            started = read_value(started, "started", "string", False)

        transfer_session_id = d.pop("transfer_session_id", UNSET)
        if transfer_session_id.__class__ is not str:
            transfer_session_id = read_value(transfer_session_id, "transfer_session_id", "string", False)

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

        restore_queue_list_completed_data_restore_job_item_status_info = _new_instance(cls)
        restore_queue_list_completed_data_restore_job_item_status_info.altered_items = altered_items
        restore_queue_list_completed_data_restore_job_item_status_info.dangerous_items = dangerous_items
        restore_queue_list_completed_data_restore_job_item_status_info.finished = finished
        restore_queue_list_completed_data_restore_job_item_status_info.log = log
        restore_queue_list_completed_data_restore_job_item_status_info.restore_logfile = restore_logfile
        restore_queue_list_completed_data_restore_job_item_status_info.result = result
        restore_queue_list_completed_data_restore_job_item_status_info.skipped_items = skipped_items
        restore_queue_list_completed_data_restore_job_item_status_info.started = started
        restore_queue_list_completed_data_restore_job_item_status_info.transfer_session_id = transfer_session_id
        restore_queue_list_completed_data_restore_job_item_status_info.warnings = warnings

        restore_queue_list_completed_data_restore_job_item_status_info.additional_properties = dict(d) if d else {}
        return restore_queue_list_completed_data_restore_job_item_status_info

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
