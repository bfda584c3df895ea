# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetCphulkExcessiveBrutesDataExcessiveBrutesItem")


@_attrs_define
class GetCphulkExcessiveBrutesDataExcessiveBrutesItem:
    """
    Attributes:
        exptime (str | Unset):
        ip (str | Unset):
        logintime (str | Unset):
        notes (str | Unset):
        timeleft (float | Unset):
    """

    exptime: str | Unset = UNSET
    ip: str | Unset = UNSET
    logintime: str | Unset = UNSET
    notes: str | Unset = UNSET
    timeleft: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        exptime = self.exptime

        ip = self.ip

        logintime = self.logintime

        notes = self.notes

        timeleft = self.timeleft

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if exptime is not UNSET:
            field_dict["exptime"] = exptime
        if ip is not UNSET:
            field_dict["ip"] = ip
        if logintime is not UNSET:
            field_dict["logintime"] = logintime
        if notes is not UNSET:
            field_dict["notes"] = notes
        if timeleft is not UNSET:
            field_dict["timeleft"] = timeleft

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        exptime = d.pop("exptime", UNSET)
        if exptime is None:
            exptime = UNSET
        if not isinstance(exptime, (str, Unset)):
            raise TypeError(f"field exptime: expected string, got {type(exptime).__name__}")

        ip = d.pop("ip", UNSET)
        if ip is None:
            ip = UNSET
        if not isinstance(ip, (str, Unset)):
            raise TypeError(f"field ip: expected string, got {type(ip).__name__}")

        logintime = d.pop("logintime", UNSET)
        if logintime is None:
            logintime = UNSET
        if not isinstance(logintime, (str, Unset)):
            raise TypeError(f"field logintime: expected string, got {type(logintime).__name__}")

        notes = d.pop("notes", UNSET)
        if notes is None:
            notes = UNSET
        if not isinstance(notes, (str, Unset)):
            raise TypeError(f"field notes: expected string, got {type(notes).__name__}")

        timeleft = d.pop("timeleft", UNSET)
        if timeleft is None:
            timeleft = UNSET
        if not isinstance(timeleft, (int, float, Unset)):
            raise TypeError(f"field timeleft: expected number, got {type(timeleft).__name__}")

        get_cphulk_excessive_brutes_data_excessive_brutes_item = cls(
            exptime=exptime,
            ip=ip,
            logintime=logintime,
            notes=notes,
            timeleft=timeleft,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        get_cphulk_excessive_brutes_data_excessive_brutes_item.additional_properties = additional_properties
        return get_cphulk_excessive_brutes_data_excessive_brutes_item

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
