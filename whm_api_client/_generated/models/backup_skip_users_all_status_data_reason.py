# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_value

T = TypeVar("T", bound="BackupSkipUsersAllStatusDataReason")
_new_instance = object.__new__


@_attrs_define
class BackupSkipUsersAllStatusDataReason:
    """
    Attributes:
        msg (str | Unset):
        perc (int | Unset):
        running (int | Unset):
    """

    msg: str | Unset = UNSET
    perc: int | Unset = UNSET
    running: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        msg = self.msg

        perc = self.perc

        running = self.running

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if msg is not UNSET:
            field_dict["msg"] = msg
        if perc is not UNSET:
            field_dict["perc"] = perc
        if running is not UNSET:
            field_dict["running"] = running

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        msg = d.pop("msg", UNSET)
        if msg.__class__ is not str:
            msg = read_value(msg, "msg", "string", False)

        perc = d.pop("perc", UNSET)
        if perc.__class__ is not int:
            perc = read_value(perc, "perc", "integer", False)

        running = d.pop("running", UNSET)
        if running.__class__ is not int:
            running = read_value(running, "running", "integer", False)

        backup_skip_users_all_status_data_reason = _new_instance(cls)
        backup_skip_users_all_status_data_reason.msg = msg
        backup_skip_users_all_status_data_reason.perc = perc
        backup_skip_users_all_status_data_reason.running = running

        backup_skip_users_all_status_data_reason.additional_properties = dict(d) if d else {}
        return backup_skip_users_all_status_data_reason

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
