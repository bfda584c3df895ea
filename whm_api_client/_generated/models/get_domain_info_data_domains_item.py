# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetDomainInfoDataDomainsItem")


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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        docroot = d.pop("docroot", UNSET)
        if docroot is None:
            docroot = UNSET
        if not isinstance(docroot, (str, Unset)):
            raise TypeError(f"field docroot: expected string, got {type(docroot).__name__}")

        domain = d.pop("domain", UNSET)
        if domain is None:
            domain = UNSET
        if not isinstance(domain, (str, Unset)):
            raise TypeError(f"field domain: expected string, got {type(domain).__name__}")

        domain_type = d.pop("domain_type", UNSET)
        if domain_type is None:
            domain_type = UNSET
        if not isinstance(domain_type, (str, Unset)):
            raise TypeError(f"field domain_type: expected string, got {type(domain_type).__name__}")

        ipv4 = d.pop("ipv4", UNSET)
        if ipv4 is None:
            ipv4 = UNSET
        if not isinstance(ipv4, (str, Unset)):
            raise TypeError(f"field ipv4: expected string, got {type(ipv4).__name__}")

        ipv4_ssl = d.pop("ipv4_ssl", UNSET)
        if ipv4_ssl is None:
            ipv4_ssl = UNSET
        if not isinstance(ipv4_ssl, (str, Unset)):
            raise TypeError(f"field ipv4_ssl: expected string, got {type(ipv4_ssl).__name__}")

        def _parse_ipv6(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                ipv6_type_0 = data
                if not isinstance(ipv6_type_0, (str,)):
                    raise TypeError(f"field ipv6_type_0: expected string, got {type(ipv6_type_0).__name__}")

                return ipv6_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            ipv6_type_1 = data
            if ipv6_type_1 is not None:
                raise TypeError(f"field ipv6_type_1: expected null, got {type(ipv6_type_1).__name__}")

            return ipv6_type_1

        ipv6 = _parse_ipv6(d.pop("ipv6", UNSET))

        ipv6_is_dedicated = d.pop("ipv6_is_dedicated", UNSET)
        if ipv6_is_dedicated is None:
            ipv6_is_dedicated = UNSET
        if not isinstance(ipv6_is_dedicated, (int, Unset)):
            raise TypeError(f"field ipv6_is_dedicated: expected integer, got {type(ipv6_is_dedicated).__name__}")

        modsecurity_enabled = d.pop("modsecurity_enabled", UNSET)
        if modsecurity_enabled is None:
            modsecurity_enabled = UNSET
        if not isinstance(modsecurity_enabled, (int, Unset)):
            raise TypeError(f"field modsecurity_enabled: expected integer, got {type(modsecurity_enabled).__name__}")

        parent_domain = d.pop("parent_domain", UNSET)
        if parent_domain is None:
            parent_domain = UNSET
        if not isinstance(parent_domain, (str, Unset)):
            raise TypeError(f"field parent_domain: expected string, got {type(parent_domain).__name__}")

        php_version = d.pop("php_version", UNSET)
        if php_version is None:
            php_version = UNSET
        if not isinstance(php_version, (str, Unset)):
            raise TypeError(f"field php_version: expected string, got {type(php_version).__name__}")

        port = d.pop("port", UNSET)
        if port is None:
            port = UNSET
        if not isinstance(port, (int, Unset)):
            raise TypeError(f"field port: expected integer, got {type(port).__name__}")

        port_ssl = d.pop("port_ssl", UNSET)
        if port_ssl is None:
            port_ssl = UNSET
        if not isinstance(port_ssl, (int, Unset)):
            raise TypeError(f"field port_ssl: expected integer, got {type(port_ssl).__name__}")

        user = d.pop("user", UNSET)
        if user is None:
            user = UNSET
        if not isinstance(user, (str, Unset)):
            raise TypeError(f"field user: expected string, got {type(user).__name__}")

        user_owner = d.pop("user_owner", UNSET)
        if user_owner is None:
            user_owner = UNSET
        if not isinstance(user_owner, (str, Unset)):
            raise TypeError(f"field user_owner: expected string, got {type(user_owner).__name__}")

        get_domain_info_data_domains_item = cls(
            docroot=docroot,
            domain=domain,
            domain_type=domain_type,
            ipv4=ipv4,
            ipv4_ssl=ipv4_ssl,
            ipv6=ipv6,
            ipv6_is_dedicated=ipv6_is_dedicated,
            modsecurity_enabled=modsecurity_enabled,
            parent_domain=parent_domain,
            php_version=php_version,
            port=port,
            port_ssl=port_ssl,
            user=user,
            user_owner=user_owner,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        get_domain_info_data_domains_item.additional_properties = additional_properties
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
