# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetCphulkFailedLoginsDataFailedLoginsItem")


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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        authservice = d.pop("authservice", UNSET)
        if authservice is None:
            authservice = UNSET
        if not isinstance(authservice, (str, Unset)):
            raise TypeError(f"field authservice: expected string, got {type(authservice).__name__}")

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

        service = d.pop("service", UNSET)
        if service is None:
            service = UNSET
        if not isinstance(service, (str, Unset)):
            raise TypeError(f"field service: expected string, got {type(service).__name__}")

        timeleft = d.pop("timeleft", UNSET)
        if timeleft is None:
            timeleft = UNSET
        if not isinstance(timeleft, (int, Unset)):
            raise TypeError(f"field timeleft: expected integer, got {type(timeleft).__name__}")

        user = d.pop("user", UNSET)
        if user is None:
            user = UNSET
        if not isinstance(user, (str, Unset)):
            raise TypeError(f"field user: expected string, got {type(user).__name__}")

        get_cphulk_failed_logins_data_failed_logins_item = cls(
            authservice=authservice,
            exptime=exptime,
            ip=ip,
            logintime=logintime,
            service=service,
            timeleft=timeleft,
            user=user,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        get_cphulk_failed_logins_data_failed_logins_item.additional_properties = additional_properties
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
