# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_value

T = TypeVar("T", bound="WpDashboardCreateLoginLinkData")
_new_instance = object.__new__


@_attrs_define
class WpDashboardCreateLoginLinkData:
    """
    Attributes:
        cp_security_token (str | Unset):
        expires (int | Unset):
        service (str | Unset):
        session (str | Unset):
        url (str | Unset):
    """

    cp_security_token: str | Unset = UNSET
    expires: int | Unset = UNSET
    service: str | Unset = UNSET
    session: str | Unset = UNSET
    url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        cp_security_token = self.cp_security_token

        expires = self.expires

        service = self.service

        session = self.session

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cp_security_token is not UNSET:
            field_dict["cp_security_token"] = cp_security_token
        if expires is not UNSET:
            field_dict["expires"] = expires
        if service is not UNSET:
            field_dict["service"] = service
        if session is not UNSET:
            field_dict["session"] = session
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cp_security_token = d.pop("cp_security_token", UNSET)
        if cp_security_token.__class__ is not str:
            cp_security_token = read_value(cp_security_token, "cp_security_token", "string", False)

        expires = d.pop("expires", UNSET)
        if expires.__class__ is not int:
            expires = read_value(expires, "expires", "integer", False)

        service = d.pop("service", UNSET)
        if service.__class__ is not str:
            service = read_value(service, "service", "string", False)

        session = d.pop("session", UNSET)
        if session.__class__ is not str:
            session = read_value(session, "session", "string", False)

        url = d.pop("url", UNSET)
        if url.__class__ is not str:
            url = read_value(url, "url", "string", False)

        wp_dashboard_create_login_link_data = _new_instance(cls)
        wp_dashboard_create_login_link_data.cp_security_token = cp_security_token
        wp_dashboard_create_login_link_data.expires = expires
        wp_dashboard_create_login_link_data.service = service
        wp_dashboard_create_login_link_data.session = session
        wp_dashboard_create_login_link_data.url = url

        wp_dashboard_create_login_link_data.additional_properties = dict(d) if d else {}
        return wp_dashboard_create_login_link_data

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
