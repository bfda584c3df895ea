# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WpDashboardCreateLoginLinkData")


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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cp_security_token = d.pop("cp_security_token", UNSET)
        if cp_security_token is None:
            cp_security_token = UNSET
        if not isinstance(cp_security_token, (str, Unset)):
            raise TypeError(f"field cp_security_token: expected string, got {type(cp_security_token).__name__}")

        expires = d.pop("expires", UNSET)
        if expires is None:
            expires = UNSET
        if not isinstance(expires, (int, Unset)):
            raise TypeError(f"field expires: expected integer, got {type(expires).__name__}")

        service = d.pop("service", UNSET)
        if service is None:
            service = UNSET
        if not isinstance(service, (str, Unset)):
            raise TypeError(f"field service: expected string, got {type(service).__name__}")

        session = d.pop("session", UNSET)
        if session is None:
            session = UNSET
        if not isinstance(session, (str, Unset)):
            raise TypeError(f"field session: expected string, got {type(session).__name__}")

        url = d.pop("url", UNSET)
        if url is None:
            url = UNSET
        if not isinstance(url, (str, Unset)):
            raise TypeError(f"field url: expected string, got {type(url).__name__}")

        wp_dashboard_create_login_link_data = cls(
            cp_security_token=cp_security_token,
            expires=expires,
            service=service,
            session=session,
            url=url,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        wp_dashboard_create_login_link_data.additional_properties = additional_properties
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
