# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BackupSkipUsersAllStatusDataReason")


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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        msg = d.pop("msg", UNSET)
        if msg is None:
            msg = UNSET
        if not isinstance(msg, (str, Unset)):
            raise TypeError(f"field msg: expected string, got {type(msg).__name__}")

        perc = d.pop("perc", UNSET)
        if perc is None:
            perc = UNSET
        if not isinstance(perc, (int, Unset)):
            raise TypeError(f"field perc: expected integer, got {type(perc).__name__}")

        running = d.pop("running", UNSET)
        if running is None:
            running = UNSET
        if not isinstance(running, (int, Unset)):
            raise TypeError(f"field running: expected integer, got {type(running).__name__}")

        backup_skip_users_all_status_data_reason = cls(
            msg=msg,
            perc=perc,
            running=running,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        backup_skip_users_all_status_data_reason.additional_properties = additional_properties
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
