# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_value

T = TypeVar("T", bound="GetCphulkFailedLoginsDataFailedLoginsItem")
_new_instance = object.__new__


@_attrs_define
class GetCphulkFailedLoginsDataFailedLoginsItem:
    """
    Attributes:
        authservice (str | Unset):
        exptime (str | Unset):
        ip (str | Unset):
        logintime (str | Unset):
        service (str | Unset):
        timeleft (int | Unset):
        user (str | Unset):
    """

    authservice: str | Unset = UNSET
    exptime: str | Unset = UNSET
    ip: str | Unset = UNSET
    logintime: str | Unset = UNSET
    service: str | Unset = UNSET
    timeleft: int | Unset = UNSET
    user: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        authservice = self.authservice

        exptime = self.exptime

        ip = self.ip

        logintime = self.logintime

        service = self.service

        timeleft = self.timeleft

        user = self.user

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if authservice is not UNSET:
            field_dict["authservice"] = authservice
        if exptime is not UNSET:
            field_dict["exptime"] = exptime
        if ip is not UNSET:
            field_dict["ip"] = ip
        if logintime is not UNSET:
            field_dict["logintime"] = logintime
        if service is not UNSET:
            field_dict["service"] = service
        if timeleft is not UNSET:
            field_dict["timeleft"] = timeleft
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        authservice = d.pop("authservice", UNSET)
        if authservice.__class__ is not str:
            authservice = read_value(authservice, "authservice", "string", False)

        exptime = d.pop("exptime", UNSET)
        if exptime.__class__ is not str:
            exptime = read_value(exptime, "exptime", "string", False)

        ip = d.pop("ip", UNSET)
        if ip.__class__ is not str:
            ip = read_value(ip, "ip", "string", False)

        logintime = d.pop("logintime", UNSET)
        if logintime.__class__ is not str:
            logintime = read_value(logintime, "logintime", "string", False)

        service = d.pop("service", UNSET)
        if service.__class__ is not str:
            service = read_value(service, "service", "string", False)

        timeleft = d.pop("timeleft", UNSET)
        if timeleft.__class__ is not int:
            timeleft = read_value(timeleft, "timeleft", "integer", False)

        user = d.pop("user", UNSET)
        if user.__class__ is not str:
            user = read_value(user, "user", "string", False)

        get_cphulk_failed_logins_data_failed_logins_item = _new_instance(cls)
        get_cphulk_failed_logins_data_failed_logins_item.authservice = authservice
        get_cphulk_failed_logins_data_failed_logins_item.exptime = exptime
        get_cphulk_failed_logins_data_failed_logins_item.ip = ip
        get_cphulk_failed_logins_data_failed_logins_item.logintime = logintime
        get_cphulk_failed_logins_data_failed_logins_item.service = service
        get_cphulk_failed_logins_data_failed_logins_item.timeleft = timeleft
        get_cphulk_failed_logins_data_failed_logins_item.user = user

        get_cphulk_failed_logins_data_failed_logins_item.additional_properties = dict(d) if d else {}
        return get_cphulk_failed_logins_data_failed_logins_item

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
