# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_value

T = TypeVar("T", bound="StartBackgroundPkgacctData")
_new_instance = object.__new__


@_attrs_define
class StartBackgroundPkgacctData:
    """
    Attributes:
        complete_master_error_log (str | Unset):
        complete_master_log (str | Unset):
        session_id (str | Unset):
    """

    complete_master_error_log: str | Unset = UNSET
    complete_master_log: str | Unset = UNSET
    session_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        complete_master_error_log = self.complete_master_error_log

        complete_master_log = self.complete_master_log

        session_id = self.session_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if complete_master_error_log is not UNSET:
            field_dict["complete_master_error_log"] = complete_master_error_log
        if complete_master_log is not UNSET:
            field_dict["complete_master_log"] = complete_master_log
        if session_id is not UNSET:
            field_dict["session_id"] = session_id

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        complete_master_error_log = d.pop("complete_master_error_log", UNSET)
        if complete_master_error_log.__class__ is not str:
            complete_master_error_log = read_value(
                complete_master_error_log, "complete_master_error_log", "string", False
            )

        complete_master_log = d.pop("complete_master_log", UNSET)
        if complete_master_log.__class__ is not str:
            complete_master_log = read_value(complete_master_log, "complete_master_log", "string", False)

        session_id = d.pop("session_id", UNSET)
        if session_id.__class__ is not str:
            session_id = read_value(session_id, "session_id", "string", False)

        start_background_pkgacct_data = _new_instance(cls)
        start_background_pkgacct_data.complete_master_error_log = complete_master_error_log
        start_background_pkgacct_data.complete_master_log = complete_master_log
        start_background_pkgacct_data.session_id = session_id

        start_background_pkgacct_data.additional_properties = dict(d) if d else {}
        return start_background_pkgacct_data

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
