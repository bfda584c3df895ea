# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RestoreQueueListCompletedDataRestoreJobItemStatusInfo")


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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_altered_items(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                altered_items_type_0 = data
                if not isinstance(altered_items_type_0, (int,)):
                    raise TypeError(
                        f"field altered_items_type_0: expected integer, got {type(altered_items_type_0).__name__}"
                    )

                return altered_items_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            altered_items_type_1 = data
            if altered_items_type_1 is not None:
                raise TypeError(f"field altered_items_type_1: expected null, got {type(altered_items_type_1).__name__}")

            return altered_items_type_1

        altered_items = _parse_altered_items(d.pop("altered_items", UNSET))

        def _parse_dangerous_items(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                dangerous_items_type_0 = data
                if not isinstance(dangerous_items_type_0, (int,)):
                    raise TypeError(
                        f"field dangerous_items_type_0: expected integer, got {type(dangerous_items_type_0).__name__}"
                    )

                return dangerous_items_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            dangerous_items_type_1 = data
            if dangerous_items_type_1 is not None:
                raise TypeError(
                    f"field dangerous_items_type_1: expected null, got {type(dangerous_items_type_1).__name__}"
                )

            return dangerous_items_type_1

        dangerous_items = _parse_dangerous_items(d.pop("dangerous_items", UNSET))

        finished = d.pop("finished", UNSET)
        if finished is None:
            finished = UNSET
        if not isinstance(finished, (str, Unset)):
            raise TypeError(f"field finished: expected string, got {type(finished).__name__}")

        log = d.pop("log", UNSET)
        if log is None:
            log = UNSET
        if not isinstance(log, (str, Unset)):
            raise TypeError(f"field log: expected string, got {type(log).__name__}")

        restore_logfile = d.pop("restore_logfile", UNSET)
        if restore_logfile is None:
            restore_logfile = UNSET
        if not isinstance(restore_logfile, (str, Unset)):
            raise TypeError(f"field restore_logfile: expected string, got {type(restore_logfile).__name__}")

        result = d.pop("result", UNSET)
        if result is None:
            result = UNSET
        if not isinstance(result, (int, Unset)):
            raise TypeError(f"field result: expected integer, got {type(result).__name__}")

        def _parse_skipped_items(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                skipped_items_type_0 = data
                if not isinstance(skipped_items_type_0, (int,)):
                    raise TypeError(
                        f"field skipped_items_type_0: expected integer, got {type(skipped_items_type_0).__name__}"
                    )

                return skipped_items_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            skipped_items_type_1 = data
            if skipped_items_type_1 is not None:
                raise TypeError(f"field skipped_items_type_1: expected null, got {type(skipped_items_type_1).__name__}")

            return skipped_items_type_1

        skipped_items = _parse_skipped_items(d.pop("skipped_items", UNSET))

        started = d.pop("started", UNSET)
        if started is None:
            started = UNSET
        if not isinstance(started, (str, Unset)):
            raise TypeError(f"field started: expected string, got {type(started).__name__}")

        transfer_session_id = d.pop("transfer_session_id", UNSET)
        if transfer_session_id is None:
            transfer_session_id = UNSET
        if not isinstance(transfer_session_id, (str, Unset)):
            raise TypeError(f"field transfer_session_id: expected string, got {type(transfer_session_id).__name__}")

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

        restore_queue_list_completed_data_restore_job_item_status_info = cls(
            altered_items=altered_items,
            dangerous_items=dangerous_items,
            finished=finished,
            log=log,
            restore_logfile=restore_logfile,
            result=result,
            skipped_items=skipped_items,
            started=started,
            transfer_session_id=transfer_session_id,
            warnings=warnings,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        restore_queue_list_completed_data_restore_job_item_status_info.additional_properties = additional_properties
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
