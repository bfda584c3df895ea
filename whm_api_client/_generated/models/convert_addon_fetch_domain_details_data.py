# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_value

T = TypeVar("T", bound="ConvertAddonFetchDomainDetailsData")
_new_instance = object.__new__


@_attrs_define
class ConvertAddonFetchDomainDetailsData:
    """
    Attributes:
        docroot (str | Unset):
        has_dedicated_ip (int | Unset):
        has_ssl_cert_installed (int | Unset):
        ip (str | Unset):
        is_sni_supported (int | Unset):
        number_of_autoresponders (int | Unset):
        number_of_domain_forwarders (int | Unset):
        number_of_email_accounts (int | Unset):
        number_of_email_forwarders (int | Unset):
        owner (str | Unset):
    """

    docroot: str | Unset = UNSET
    has_dedicated_ip: int | Unset = UNSET
    has_ssl_cert_installed: int | Unset = UNSET
    ip: str | Unset = UNSET
    is_sni_supported: int | Unset = UNSET
    number_of_autoresponders: int | Unset = UNSET
    number_of_domain_forwarders: int | Unset = UNSET
    number_of_email_accounts: int | Unset = UNSET
    number_of_email_forwarders: int | Unset = UNSET
    owner: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        docroot = self.docroot

        has_dedicated_ip = self.has_dedicated_ip

        has_ssl_cert_installed = self.has_ssl_cert_installed

        ip = self.ip

        is_sni_supported = self.is_sni_supported

        number_of_autoresponders = self.number_of_autoresponders

        number_of_domain_forwarders = self.number_of_domain_forwarders

        number_of_email_accounts = self.number_of_email_accounts

        number_of_email_forwarders = self.number_of_email_forwarders

        owner = self.owner

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if docroot is not UNSET:
            field_dict["docroot"] = docroot
        if has_dedicated_ip is not UNSET:
            field_dict["has_dedicated_ip"] = has_dedicated_ip
        if has_ssl_cert_installed is not UNSET:
            field_dict["has_ssl_cert_installed"] = has_ssl_cert_installed
        if ip is not UNSET:
            field_dict["ip"] = ip
        if is_sni_supported is not UNSET:
            field_dict["is_sni_supported"] = is_sni_supported
        if number_of_autoresponders is not UNSET:
            field_dict["number_of_autoresponders"] = number_of_autoresponders
        if number_of_domain_forwarders is not UNSET:
            field_dict["number_of_domain_forwarders"] = number_of_domain_forwarders
        if number_of_email_accounts is not UNSET:
            field_dict["number_of_email_accounts"] = number_of_email_accounts
        if number_of_email_forwarders is not UNSET:
            field_dict["number_of_email_forwarders"] = number_of_email_forwarders
        if owner is not UNSET:
            field_dict["owner"] = owner

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

        has_dedicated_ip = d.pop("has_dedicated_ip", UNSET)
        if has_dedicated_ip.__class__ is not int:
            has_dedicated_ip = read_value(has_dedicated_ip, "has_dedicated_ip", "integer", False)

        has_ssl_cert_installed = d.pop("has_ssl_cert_installed", UNSET)
        if has_ssl_cert_installed.__class__ is not int:
            has_ssl_cert_installed = read_value(has_ssl_cert_installed, "has_ssl_cert_installed", "integer", False)

        ip = d.pop("ip", UNSET)
        if ip.__class__ is not str:
            ip = read_value(ip, "ip", "string", False)

        is_sni_supported = d.pop("is_sni_supported", UNSET)
        if is_sni_supported.__class__ is not int:
            is_sni_supported = read_value(is_sni_supported, "is_sni_supported", "integer", False)

        number_of_autoresponders = d.pop("number_of_autoresponders", UNSET)
        if number_of_autoresponders.__class__ is not int:
            number_of_autoresponders = read_value(
                number_of_autoresponders, "number_of_autoresponders", "integer", False
            )

        number_of_domain_forwarders = d.pop("number_of_domain_forwarders", UNSET)
        if number_of_domain_forwarders.__class__ is not int:
            number_of_domain_forwarders = read_value(
                number_of_domain_forwarders, "number_of_domain_forwarders", "integer", False
            )

        number_of_email_accounts = d.pop("number_of_email_accounts", UNSET)
        if number_of_email_accounts.__class__ is not int:
            number_of_email_accounts = read_value(
                number_of_email_accounts, "number_of_email_accounts", "integer", False
            )

        number_of_email_forwarders = d.pop("number_of_email_forwarders", UNSET)
        if number_of_email_forwarders.__class__ is not int:
            number_of_email_forwarders = read_value(
                number_of_email_forwarders, "number_of_email_forwarders", "integer", False
            )

        owner = d.pop("owner", UNSET)
        if owner.__class__ is not str:
            owner = read_value(owner, "owner", "string", False)

        convert_addon_fetch_domain_details_data = _new_instance(cls)
        convert_addon_fetch_domain_details_data.docroot = docroot
        convert_addon_fetch_domain_details_data.has_dedicated_ip = has_dedicated_ip
        convert_addon_fetch_domain_details_data.has_ssl_cert_installed = has_ssl_cert_installed
        convert_addon_fetch_domain_details_data.ip = ip
        convert_addon_fetch_domain_details_data.is_sni_supported = is_sni_supported
        convert_addon_fetch_domain_details_data.number_of_autoresponders = number_of_autoresponders
        convert_addon_fetch_domain_details_data.number_of_domain_forwarders = number_of_domain_forwarders
        convert_addon_fetch_domain_details_data.number_of_email_accounts = number_of_email_accounts
        convert_addon_fetch_domain_details_data.number_of_email_forwarders = number_of_email_forwarders
        convert_addon_fetch_domain_details_data.owner = owner

        convert_addon_fetch_domain_details_data.additional_properties = dict(d) if d else {}
        return convert_addon_fetch_domain_details_data

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
