# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_items, read_list, read_value

T = TypeVar("T", bound="InstallsslData")
_new_instance = object.__new__


@_attrs_define
class InstallsslData:
    """
    Attributes:
        action (str | Unset):
        aliases (list[str] | Unset):
        domain (str | Unset):
        extra_certificate_domains (list[str] | Unset):
        html (str | Unset):
        ip (str | Unset):
        message (str | Unset):
        servername (str | Unset):
        status (int | Unset):
        statusmsg (str | Unset):
        user (str | Unset):
        warning_domains (list[str] | Unset):
        working_domains (list[str] | Unset):
    """

    action: str | Unset = UNSET
    aliases: list[str] | Unset = UNSET
    domain: str | Unset = UNSET
    extra_certificate_domains: list[str] | Unset = UNSET
    html: str | Unset = UNSET
    ip: str | Unset = UNSET
    message: str | Unset = UNSET
    servername: str | Unset = UNSET
    status: int | Unset = UNSET
    statusmsg: str | Unset = UNSET
    user: str | Unset = UNSET
    warning_domains: list[str] | Unset = UNSET
    working_domains: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        action = self.action

        aliases: list[str] | Unset = UNSET
        if not isinstance(self.aliases, Unset):
            aliases = self.aliases

        domain = self.domain

        extra_certificate_domains: list[str] | Unset = UNSET
        if not isinstance(self.extra_certificate_domains, Unset):
            extra_certificate_domains = self.extra_certificate_domains

        html = self.html

        ip = self.ip

        message = self.message

        servername = self.servername

        status = self.status

        statusmsg = self.statusmsg

        user = self.user

        warning_domains: list[str] | Unset = UNSET
        if not isinstance(self.warning_domains, Unset):
            warning_domains = self.warning_domains

        working_domains: list[str] | Unset = UNSET
        if not isinstance(self.working_domains, Unset):
            working_domains = self.working_domains

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if action is not UNSET:
            field_dict["action"] = action
        if aliases is not UNSET:
            field_dict["aliases"] = aliases
        if domain is not UNSET:
            field_dict["domain"] = domain
        if extra_certificate_domains is not UNSET:
            field_dict["extra_certificate_domains"] = extra_certificate_domains
        if html is not UNSET:
            field_dict["html"] = html
        if ip is not UNSET:
            field_dict["ip"] = ip
        if message is not UNSET:
            field_dict["message"] = message
        if servername is not UNSET:
            field_dict["servername"] = servername
        if status is not UNSET:
            field_dict["status"] = status
        if statusmsg is not UNSET:
            field_dict["statusmsg"] = statusmsg
        if user is not UNSET:
            field_dict["user"] = user
        if warning_domains is not UNSET:
            field_dict["warning_domains"] = warning_domains
        if working_domains is not UNSET:
            field_dict["working_domains"] = working_domains

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        action = d.pop("action", UNSET)
        if action.__class__ is not str:
            action = read_value(action, "action", "string", False)

        _aliases = d.pop("aliases", UNSET)
        if _aliases.__class__ is not list:
            _aliases = read_list(_aliases, "aliases", False)
        aliases: list[str] | Unset = UNSET
        if _aliases is not UNSET:
            aliases = _aliases
            for _item in _aliases:
                if _item.__class__ is not str:
                    aliases = read_items(_aliases, "aliases_item", "string")
                    break

        domain = d.pop("domain", UNSET)
        if domain.__class__ is not str:
            domain = read_value(domain, "domain", "string", False)

        _extra_certificate_domains = d.pop("extra_certificate_domains", UNSET)
        if _extra_certificate_domains.__class__ is not list:
            _extra_certificate_domains = read_list(_extra_certificate_domains, "extra_certificate_domains", False)
        extra_certificate_domains: list[str] | Unset = UNSET
        if _extra_certificate_domains is not UNSET:
            extra_certificate_domains = _extra_certificate_domains
            for _item in _extra_certificate_domains:
                if _item.__class__ is not str:
                    extra_certificate_domains = read_items(
                        _extra_certificate_domains, "extra_certificate_domains_item", "string"
                    )
                    break

        html = d.pop("html", UNSET)
        if html.__class__ is not str:
            html = read_value(html, "html", "string", False)

        ip = d.pop("ip", UNSET)
        if ip.__class__ is not str:
            ip = read_value(ip, "ip", "string", False)

        message = d.pop("message", UNSET)
        if message.__class__ is not str:
            message = read_value(message, "message", "string", False)

        servername = d.pop("servername", UNSET)
        if servername.__class__ is not str:
            servername = read_value(servername, "servername", "string", False)

        status = d.pop("status", UNSET)
        if status.__class__ is not int:
            status = read_value(status, "status", "integer", False)

        statusmsg = d.pop("statusmsg", UNSET)
        if statusmsg.__class__ is not str:
            statusmsg = read_value(statusmsg, "statusmsg", "string", False)

        user = d.pop("user", UNSET)
        if user.__class__ is not str:
            user = read_value(user, "user", "string", False)

        _warning_domains = d.pop("warning_domains", UNSET)
        if _warning_domains.__class__ is not list:
            _warning_domains = read_list(_warning_domains, "warning_domains", False)
        warning_domains: list[str] | Unset = UNSET
        if _warning_domains is not UNSET:
            warning_domains = _warning_domains
            for _item in _warning_domains:
                if _item.__class__ is not str:
                    warning_domains = read_items(_warning_domains, "warning_domains_item", "string")
                    break

        _working_domains = d.pop("working_domains", UNSET)
        if _working_domains.__class__ is not list:
            _working_domains = read_list(_working_domains, "working_domains", False)
        working_domains: list[str] | Unset = UNSET
        if _working_domains is not UNSET:
            working_domains = _working_domains
            for _item in _working_domains:
                if _item.__class__ is not str:
                    working_domains = read_items(_working_domains, "working_domains_item", "string")
                    break

        installssl_data = _new_instance(cls)
        installssl_data.action = action
        installssl_data.aliases = aliases
        installssl_data.domain = domain
        installssl_data.extra_certificate_domains = extra_certificate_domains
        installssl_data.html = html
        installssl_data.ip = ip
        installssl_data.message = message
        installssl_data.servername = servername
        installssl_data.status = status
        installssl_data.statusmsg = statusmsg
        installssl_data.user = user
        installssl_data.warning_domains = warning_domains
        installssl_data.working_domains = working_domains

        installssl_data.additional_properties = dict(d) if d else {}
        return installssl_data

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
