# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="InstallsslData")


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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        action = d.pop("action", UNSET)
        if action is None:
            action = UNSET
        if not isinstance(action, (str, Unset)):
            raise TypeError(f"field action: expected string, got {type(action).__name__}")

        _aliases = d.pop("aliases", UNSET)
        aliases: list[str] | Unset = UNSET
        if _aliases is not None and not isinstance(_aliases, Unset):  # null reads as UNSET
            if not isinstance(_aliases, list):
                raise TypeError(f"field aliases: expected array, got {type(_aliases).__name__}")
            aliases = []
            for aliases_item_data in _aliases:
                aliases_item = aliases_item_data
                if not isinstance(aliases_item, (str,)):
                    raise TypeError(f"field aliases_item: expected string, got {type(aliases_item).__name__}")

                aliases.append(aliases_item)

        domain = d.pop("domain", UNSET)
        if domain is None:
            domain = UNSET
        if not isinstance(domain, (str, Unset)):
            raise TypeError(f"field domain: expected string, got {type(domain).__name__}")

        _extra_certificate_domains = d.pop("extra_certificate_domains", UNSET)
        extra_certificate_domains: list[str] | Unset = UNSET
        if _extra_certificate_domains is not None and not isinstance(
            _extra_certificate_domains, Unset
        ):  # null reads as UNSET
            if not isinstance(_extra_certificate_domains, list):
                raise TypeError(
                    f"field extra_certificate_domains: expected array, got {type(_extra_certificate_domains).__name__}"
                )
            extra_certificate_domains = []
            for extra_certificate_domains_item_data in _extra_certificate_domains:
                extra_certificate_domains_item = extra_certificate_domains_item_data
                if not isinstance(extra_certificate_domains_item, (str,)):
                    raise TypeError(
                        f"field extra_certificate_domains_item: expected string, got {type(extra_certificate_domains_item).__name__}"
                    )

                extra_certificate_domains.append(extra_certificate_domains_item)

        html = d.pop("html", UNSET)
        if html is None:
            html = UNSET
        if not isinstance(html, (str, Unset)):
            raise TypeError(f"field html: expected string, got {type(html).__name__}")

        ip = d.pop("ip", UNSET)
        if ip is None:
            ip = UNSET
        if not isinstance(ip, (str, Unset)):
            raise TypeError(f"field ip: expected string, got {type(ip).__name__}")

        message = d.pop("message", UNSET)
        if message is None:
            message = UNSET
        if not isinstance(message, (str, Unset)):
            raise TypeError(f"field message: expected string, got {type(message).__name__}")

        servername = d.pop("servername", UNSET)
        if servername is None:
            servername = UNSET
        if not isinstance(servername, (str, Unset)):
            raise TypeError(f"field servername: expected string, got {type(servername).__name__}")

        status = d.pop("status", UNSET)
        if status is None:
            status = UNSET
        if not isinstance(status, (int, Unset)):
            raise TypeError(f"field status: expected integer, got {type(status).__name__}")

        statusmsg = d.pop("statusmsg", UNSET)
        if statusmsg is None:
            statusmsg = UNSET
        if not isinstance(statusmsg, (str, Unset)):
            raise TypeError(f"field statusmsg: expected string, got {type(statusmsg).__name__}")

        user = d.pop("user", UNSET)
        if user is None:
            user = UNSET
        if not isinstance(user, (str, Unset)):
            raise TypeError(f"field user: expected string, got {type(user).__name__}")

        _warning_domains = d.pop("warning_domains", UNSET)
        warning_domains: list[str] | Unset = UNSET
        if _warning_domains is not None and not isinstance(_warning_domains, Unset):  # null reads as UNSET
            if not isinstance(_warning_domains, list):
                raise TypeError(f"field warning_domains: expected array, got {type(_warning_domains).__name__}")
            warning_domains = []
            for warning_domains_item_data in _warning_domains:
                warning_domains_item = warning_domains_item_data
                if not isinstance(warning_domains_item, (str,)):
                    raise TypeError(
                        f"field warning_domains_item: expected string, got {type(warning_domains_item).__name__}"
                    )

                warning_domains.append(warning_domains_item)

        _working_domains = d.pop("working_domains", UNSET)
        working_domains: list[str] | Unset = UNSET
        if _working_domains is not None and not isinstance(_working_domains, Unset):  # null reads as UNSET
            if not isinstance(_working_domains, list):
                raise TypeError(f"field working_domains: expected array, got {type(_working_domains).__name__}")
            working_domains = []
            for working_domains_item_data in _working_domains:
                working_domains_item = working_domains_item_data
                if not isinstance(working_domains_item, (str,)):
                    raise TypeError(
                        f"field working_domains_item: expected string, got {type(working_domains_item).__name__}"
                    )

                working_domains.append(working_domains_item)

        installssl_data = cls(
            action=action,
            aliases=aliases,
            domain=domain,
            extra_certificate_domains=extra_certificate_domains,
            html=html,
            ip=ip,
            message=message,
            servername=servername,
            status=status,
            statusmsg=statusmsg,
            user=user,
            warning_domains=warning_domains,
            working_domains=working_domains,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        installssl_data.additional_properties = additional_properties
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
