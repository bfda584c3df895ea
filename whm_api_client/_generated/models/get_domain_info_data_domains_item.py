# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_value

T = TypeVar("T", bound="GetDomainInfoDataDomainsItem")
_new_instance = object.__new__


@_attrs_define
class GetDomainInfoDataDomainsItem:
    """
    Attributes:
        docroot (str | Unset):
        domain (str | Unset):
        domain_type (str | Unset):
        ipv4 (str | Unset):
        ipv4_ssl (str | Unset):
        ipv6 (None | str | Unset):
        ipv6_is_dedicated (int | Unset):
        modsecurity_enabled (int | Unset):
        parent_domain (str | Unset):
        php_version (str | Unset):
        port (int | Unset):
        port_ssl (int | Unset):
        user (str | Unset):
        user_owner (str | Unset):
    """

    docroot: str | Unset = UNSET
    domain: str | Unset = UNSET
    domain_type: str | Unset = UNSET
    ipv4: str | Unset = UNSET
    ipv4_ssl: str | Unset = UNSET
    ipv6: None | str | Unset = UNSET
    ipv6_is_dedicated: int | Unset = UNSET
    modsecurity_enabled: int | Unset = UNSET
    parent_domain: str | Unset = UNSET
    php_version: str | Unset = UNSET
    port: int | Unset = UNSET
    port_ssl: int | Unset = UNSET
    user: str | Unset = UNSET
    user_owner: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        docroot = self.docroot

        domain = self.domain

        domain_type = self.domain_type

        ipv4 = self.ipv4

        ipv4_ssl = self.ipv4_ssl

        ipv6: None | str | Unset
        if isinstance(self.ipv6, Unset):
            ipv6 = UNSET
        else:
            ipv6 = self.ipv6

        ipv6_is_dedicated = self.ipv6_is_dedicated

        modsecurity_enabled = self.modsecurity_enabled

        parent_domain = self.parent_domain

        php_version = self.php_version

        port = self.port

        port_ssl = self.port_ssl

        user = self.user

        user_owner = self.user_owner

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if docroot is not UNSET:
            field_dict["docroot"] = docroot
        if domain is not UNSET:
            field_dict["domain"] = domain
        if domain_type is not UNSET:
            field_dict["domain_type"] = domain_type
        if ipv4 is not UNSET:
            field_dict["ipv4"] = ipv4
        if ipv4_ssl is not UNSET:
            field_dict["ipv4_ssl"] = ipv4_ssl
        if ipv6 is not UNSET:
            field_dict["ipv6"] = ipv6
        if ipv6_is_dedicated is not UNSET:
            field_dict["ipv6_is_dedicated"] = ipv6_is_dedicated
        if modsecurity_enabled is not UNSET:
            field_dict["modsecurity_enabled"] = modsecurity_enabled
        if parent_domain is not UNSET:
            field_dict["parent_domain"] = parent_domain
        if php_version is not UNSET:
            field_dict["php_version"] = php_version
        if port is not UNSET:
            field_dict["port"] = port
        if port_ssl is not UNSET:
            field_dict["port_ssl"] = port_ssl
        if user is not UNSET:
            field_dict["user"] = user
        if user_owner is not UNSET:
            field_dict["user_owner"] = user_owner

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        docroot = d.pop("docroot", UNSET)
        if docroot.__class__ is not str:
            docroot = read_value(docroot, "docroot", "string", False)

        domain = d.pop("domain", UNSET)
        if domain.__class__ is not str:
            domain = read_value(domain, "domain", "string", False)

        domain_type = d.pop("domain_type", UNSET)
        if domain_type.__class__ is not str:
            domain_type = read_value(domain_type, "domain_type", "string", False)

        ipv4 = d.pop("ipv4", UNSET)
        if ipv4.__class__ is not str:
            ipv4 = read_value(ipv4, "ipv4", "string", False)

        ipv4_ssl = d.pop("ipv4_ssl", UNSET)
        if ipv4_ssl.__class__ is not str:
            ipv4_ssl = read_value(ipv4_ssl, "ipv4_ssl", "string", False)

        ipv6 = d.pop("ipv6", UNSET)
        if ipv6.__class__ is not str and ipv6 is not None:
            ipv6 = read_value(ipv6, "ipv6", "string", False)

        ipv6_is_dedicated = d.pop("ipv6_is_dedicated", UNSET)
        if ipv6_is_dedicated.__class__ is not int:
            ipv6_is_dedicated = read_value(ipv6_is_dedicated, "ipv6_is_dedicated", "integer", False)

        modsecurity_enabled = d.pop("modsecurity_enabled", UNSET)
        if modsecurity_enabled.__class__ is not int:
            modsecurity_enabled = read_value(modsecurity_enabled, "modsecurity_enabled", "integer", False)

        parent_domain = d.pop("parent_domain", UNSET)
        if parent_domain.__class__ is not str:
            parent_domain = read_value(parent_domain, "parent_domain", "string", False)

        php_version = d.pop("php_version", UNSET)
        if php_version.__class__ is not str:
            php_version = read_value(php_version, "php_version", "string", False)

        port = d.pop("port", UNSET)
        if port.__class__ is not int:
            port = read_value(port, "port", "integer", False)

        port_ssl = d.pop("port_ssl", UNSET)
        if port_ssl.__class__ is not int:
            port_ssl = read_value(port_ssl, "port_ssl", "integer", False)

        user = d.pop("user", UNSET)
        if user.__class__ is not str:
            user = read_value(user, "user", "string", False)

        user_owner = d.pop("user_owner", UNSET)
        if user_owner.__class__ is not str:
            user_owner = read_value(user_owner, "user_owner", "string", False)

        get_domain_info_data_domains_item = _new_instance(cls)
        get_domain_info_data_domains_item.docroot = docroot
        get_domain_info_data_domains_item.domain = domain
        get_domain_info_data_domains_item.domain_type = domain_type
        get_domain_info_data_domains_item.ipv4 = ipv4
        get_domain_info_data_domains_item.ipv4_ssl = ipv4_ssl
        get_domain_info_data_domains_item.ipv6 = ipv6
        get_domain_info_data_domains_item.ipv6_is_dedicated = ipv6_is_dedicated
        get_domain_info_data_domains_item.modsecurity_enabled = modsecurity_enabled
        get_domain_info_data_domains_item.parent_domain = parent_domain
        get_domain_info_data_domains_item.php_version = php_version
        get_domain_info_data_domains_item.port = port
        get_domain_info_data_domains_item.port_ssl = port_ssl
        get_domain_info_data_domains_item.user = user
        get_domain_info_data_domains_item.user_owner = user_owner

        get_domain_info_data_domains_item.additional_properties = dict(d) if d else {}
        return get_domain_info_data_domains_item

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
