# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_value

T = TypeVar("T", bound="TicketGetSupportInfoData")
_new_instance = object.__new__


@_attrs_define
class TicketGetSupportInfoData:
    """
    Attributes:
        arch (str | Unset):
        arch_supported (int | Unset):
        company_id (int | Unset):
        company_name (str | Unset):
        distro (str | Unset):
        distro_supported (int | Unset):
        gets_direct_support (int | Unset):
        has_company_info (int | Unset):
        has_compatibility_info (int | Unset):
        hostname (str | Unset):
        ip (str | Unset):
        logo_url (str | Unset):
        pub_support_contact (str | Unset):
        pub_tech_contact (str | Unset):
        tech_contact_email (str | Unset):
    """

    arch: str | Unset = UNSET
    arch_supported: int | Unset = UNSET
    company_id: int | Unset = UNSET
    company_name: str | Unset = UNSET
    distro: str | Unset = UNSET
    distro_supported: int | Unset = UNSET
    gets_direct_support: int | Unset = UNSET
    has_company_info: int | Unset = UNSET
    has_compatibility_info: int | Unset = UNSET
    hostname: str | Unset = UNSET
    ip: str | Unset = UNSET
    logo_url: str | Unset = UNSET
    pub_support_contact: str | Unset = UNSET
    pub_tech_contact: str | Unset = UNSET
    tech_contact_email: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        arch = self.arch

        arch_supported = self.arch_supported

        company_id = self.company_id

        company_name = self.company_name

        distro = self.distro

        distro_supported = self.distro_supported

        gets_direct_support = self.gets_direct_support

        has_company_info = self.has_company_info

        has_compatibility_info = self.has_compatibility_info

        hostname = self.hostname

        ip = self.ip

        logo_url = self.logo_url

        pub_support_contact = self.pub_support_contact

        pub_tech_contact = self.pub_tech_contact

        tech_contact_email = self.tech_contact_email

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if arch is not UNSET:
            field_dict["arch"] = arch
        if arch_supported is not UNSET:
            field_dict["arch_supported"] = arch_supported
        if company_id is not UNSET:
            field_dict["company_id"] = company_id
        if company_name is not UNSET:
            field_dict["company_name"] = company_name
        if distro is not UNSET:
            field_dict["distro"] = distro
        if distro_supported is not UNSET:
            field_dict["distro_supported"] = distro_supported
        if gets_direct_support is not UNSET:
            field_dict["gets_direct_support"] = gets_direct_support
        if has_company_info is not UNSET:
            field_dict["has_company_info"] = has_company_info
        if has_compatibility_info is not UNSET:
            field_dict["has_compatibility_info"] = has_compatibility_info
        if hostname is not UNSET:
            field_dict["hostname"] = hostname
        if ip is not UNSET:
            field_dict["ip"] = ip
        if logo_url is not UNSET:
            field_dict["logo_url"] = logo_url
        if pub_support_contact is not UNSET:
            field_dict["pub_support_contact"] = pub_support_contact
        if pub_tech_contact is not UNSET:
            field_dict["pub_tech_contact"] = pub_tech_contact
        if tech_contact_email is not UNSET:
            field_dict["tech_contact_email"] = tech_contact_email

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        arch = d.pop("arch", UNSET)
        if arch.__class__ is not str:
            arch = read_value(arch, "arch", "string", False)

        arch_supported = d.pop("arch_supported", UNSET)
        if arch_supported.__class__ is not int:
            arch_supported = read_value(arch_supported, "arch_supported", "integer", False)

        company_id = d.pop("company_id", UNSET)
        if company_id.__class__ is not int:
            company_id = read_value(company_id, "company_id", "integer", False)

        company_name = d.pop("company_name", UNSET)
        if company_name.__class__ is not str:
            company_name = read_value(company_name, "company_name", "string", False)

        distro = d.pop("distro", UNSET)
        if distro.__class__ is not str:
            distro = read_value(distro, "distro", "string", False)

        distro_supported = d.pop("distro_supported", UNSET)
        if distro_supported.__class__ is not int:
            distro_supported = read_value(distro_supported, "distro_supported", "integer", False)

        gets_direct_support = d.pop("gets_direct_support", UNSET)
        if gets_direct_support.__class__ is not int:
            gets_direct_support = read_value(gets_direct_support, "gets_direct_support", "integer", False)

        has_company_info = d.pop("has_company_info", UNSET)
        if has_company_info.__class__ is not int:
            has_company_info = read_value(has_company_info, "has_company_info", "integer", False)

        has_compatibility_info = d.pop("has_compatibility_info", UNSET)
        if has_compatibility_info.__class__ is not int:
            has_compatibility_info = read_value(has_compatibility_info, "has_compatibility_info", "integer", False)

        hostname = d.pop("hostname", UNSET)
        if hostname.__class__ is not str:
            hostname = read_value(hostname, "hostname", "string", False)

        ip = d.pop("ip", UNSET)
        if ip.__class__ is not str:
            ip = read_value(ip, "ip", "string", False)

        logo_url = d.pop("logo_url", UNSET)
        if logo_url.__class__ is not str:
            logo_url = read_value(logo_url, "logo_url", "string", False)

        pub_support_contact = d.pop("pub_support_contact", UNSET)
        if pub_support_contact.__class__ is not str:
            pub_support_contact = read_value(pub_support_contact, "pub_support_contact", "string", False)

        pub_tech_contact = d.pop("pub_tech_contact", UNSET)
        if pub_tech_contact.__class__ is not str:
            pub_tech_contact = read_value(pub_tech_contact, "pub_tech_contact", "string", False)

        tech_contact_email = d.pop("tech_contact_email", UNSET)
        if tech_contact_email.__class__ is not str:
            tech_contact_email = read_value(tech_contact_email, "tech_contact_email", "string", False)

        ticket_get_support_info_data = _new_instance(cls)
        ticket_get_support_info_data.arch = arch
        ticket_get_support_info_data.arch_supported = arch_supported
        ticket_get_support_info_data.company_id = company_id
        ticket_get_support_info_data.company_name = company_name
        ticket_get_support_info_data.distro = distro
        ticket_get_support_info_data.distro_supported = distro_supported
        ticket_get_support_info_data.gets_direct_support = gets_direct_support
        ticket_get_support_info_data.has_company_info = has_company_info
        ticket_get_support_info_data.has_compatibility_info = has_compatibility_info
        ticket_get_support_info_data.hostname = hostname
        ticket_get_support_info_data.ip = ip
        ticket_get_support_info_data.logo_url = logo_url
        ticket_get_support_info_data.pub_support_contact = pub_support_contact
        ticket_get_support_info_data.pub_tech_contact = pub_tech_contact
        ticket_get_support_info_data.tech_contact_email = tech_contact_email

        ticket_get_support_info_data.additional_properties = dict(d) if d else {}
        return ticket_get_support_info_data

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
