# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_value

T = TypeVar("T", bound="GetCphulkExcessiveBrutesDataExcessiveBrutesItem")
_new_instance = object.__new__


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
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
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

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        exptime = d.pop("exptime", UNSET)
        if exptime.__class__ is not str:
            exptime = read_value(exptime, "exptime", "string", False)

        ip = d.pop("ip", UNSET)
        if ip.__class__ is not str:
            ip = read_value(ip, "ip", "string", False)

        logintime = d.pop("logintime", UNSET)
        if logintime.__class__ is not str:
            logintime = read_value(logintime, "logintime", "string", False)

        notes = d.pop("notes", UNSET)
        if notes.__class__ is not str:
            notes = read_value(notes, "notes", "string", False)

        timeleft = d.pop("timeleft", UNSET)
        if timeleft.__class__ is not int and timeleft.__class__ is not float:
            timeleft = read_value(timeleft, "timeleft", "number", False)

        get_cphulk_excessive_brutes_data_excessive_brutes_item = _new_instance(cls)
        get_cphulk_excessive_brutes_data_excessive_brutes_item.exptime = exptime
        get_cphulk_excessive_brutes_data_excessive_brutes_item.ip = ip
        get_cphulk_excessive_brutes_data_excessive_brutes_item.logintime = logintime
        get_cphulk_excessive_brutes_data_excessive_brutes_item.notes = notes
        get_cphulk_excessive_brutes_data_excessive_brutes_item.timeleft = timeleft

        get_cphulk_excessive_brutes_data_excessive_brutes_item.additional_properties = dict(d) if d else {}
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
