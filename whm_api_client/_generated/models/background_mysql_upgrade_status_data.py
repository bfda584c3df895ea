# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_value

T = TypeVar("T", bound="BackgroundMysqlUpgradeStatusData")
_new_instance = object.__new__


@_attrs_define
class BackgroundMysqlUpgradeStatusData:
    """
    Attributes:
        error (int | Unset):
        error_log (str | Unset):
        log (str | Unset):
        state (str | Unset):
    """

    error: int | Unset = UNSET
    error_log: str | Unset = UNSET
    log: str | Unset = UNSET
    state: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        error = self.error

        error_log = self.error_log

        log = self.log

        state = self.state

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if error is not UNSET:
            field_dict["error"] = error
        if error_log is not UNSET:
            field_dict["error_log"] = error_log
        if log is not UNSET:
            field_dict["log"] = log
        if state is not UNSET:
            field_dict["state"] = state

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        error = d.pop("error", UNSET)
        if error.__class__ is not int:
            error = read_value(error, "error", "integer", False)

        error_log = d.pop("error_log", UNSET)
        if error_log.__class__ is not str:
            error_log = read_value(error_log, "error_log", "string", False)

        log = d.pop("log", UNSET)
        if log.__class__ is not str:
            log = read_value(log, "log", "string", False)

        state = d.pop("state", UNSET)
        if state.__class__ is not str:
            state = read_value(state, "state", "string", False)

        background_mysql_upgrade_status_data = _new_instance(cls)
        background_mysql_upgrade_status_data.error = error
        background_mysql_upgrade_status_data.error_log = error_log
        background_mysql_upgrade_status_data.log = log
        background_mysql_upgrade_status_data.state = state

        background_mysql_upgrade_status_data.additional_properties = dict(d) if d else {}
        return background_mysql_upgrade_status_data

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
