# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_value

T = TypeVar("T", bound="StartCpanelUpdateData")
_new_instance = object.__new__


@_attrs_define
class StartCpanelUpdateData:
    """
    Attributes:
        is_new (int | Unset):
        log_path (str | Unset):
        pid (int | Unset):
    """

    is_new: int | Unset = UNSET
    log_path: str | Unset = UNSET
    pid: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        is_new = self.is_new

        log_path = self.log_path

        pid = self.pid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if is_new is not UNSET:
            field_dict["is_new"] = is_new
        if log_path is not UNSET:
            field_dict["log_path"] = log_path
        if pid is not UNSET:
            field_dict["pid"] = pid

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        is_new = d.pop("is_new", UNSET)
        if is_new.__class__ is not int:
            is_new = read_value(is_new, "is_new", "integer", False)

        log_path = d.pop("log_path", UNSET)
        if log_path.__class__ is not str:
            log_path = read_value(log_path, "log_path", "string", False)

        pid = d.pop("pid", UNSET)
        if pid.__class__ is not int:
            pid = read_value(pid, "pid", "integer", False)

        start_cpanel_update_data = _new_instance(cls)
        start_cpanel_update_data.is_new = is_new
        start_cpanel_update_data.log_path = log_path
        start_cpanel_update_data.pid = pid

        start_cpanel_update_data.additional_properties = dict(d) if d else {}
        return start_cpanel_update_data

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
