# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StartBackgroundPkgacctData")


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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        complete_master_error_log = d.pop("complete_master_error_log", UNSET)
        if complete_master_error_log is None:
            complete_master_error_log = UNSET
        if not isinstance(complete_master_error_log, (str, Unset)):
            raise TypeError(
                f"field complete_master_error_log: expected string, got {type(complete_master_error_log).__name__}"
            )

        complete_master_log = d.pop("complete_master_log", UNSET)
        if complete_master_log is None:
            complete_master_log = UNSET
        if not isinstance(complete_master_log, (str, Unset)):
            raise TypeError(f"field complete_master_log: expected string, got {type(complete_master_log).__name__}")

        session_id = d.pop("session_id", UNSET)
        if session_id is None:
            session_id = UNSET
        if not isinstance(session_id, (str, Unset)):
            raise TypeError(f"field session_id: expected string, got {type(session_id).__name__}")

        start_background_pkgacct_data = cls(
            complete_master_error_log=complete_master_error_log,
            complete_master_log=complete_master_log,
            session_id=session_id,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        start_background_pkgacct_data.additional_properties = additional_properties
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
