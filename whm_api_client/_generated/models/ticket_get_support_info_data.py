# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TicketGetSupportInfoData")


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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        arch = d.pop("arch", UNSET)
        if arch is None:
            arch = UNSET
        if not isinstance(arch, (str, Unset)):
            raise TypeError(f"field arch: expected string, got {type(arch).__name__}")

        arch_supported = d.pop("arch_supported", UNSET)
        if arch_supported is None:
            arch_supported = UNSET
        if not isinstance(arch_supported, (int, Unset)):
            raise TypeError(f"field arch_supported: expected integer, got {type(arch_supported).__name__}")

        company_id = d.pop("company_id", UNSET)
        if company_id is None:
            company_id = UNSET
        if not isinstance(company_id, (int, Unset)):
            raise TypeError(f"field company_id: expected integer, got {type(company_id).__name__}")

        company_name = d.pop("company_name", UNSET)
        if company_name is None:
            company_name = UNSET
        if not isinstance(company_name, (str, Unset)):
            raise TypeError(f"field company_name: expected string, got {type(company_name).__name__}")

        distro = d.pop("distro", UNSET)
        if distro is None:
            distro = UNSET
        if not isinstance(distro, (str, Unset)):
            raise TypeError(f"field distro: expected string, got {type(distro).__name__}")

        distro_supported = d.pop("distro_supported", UNSET)
        if distro_supported is None:
            distro_supported = UNSET
        if not isinstance(distro_supported, (int, Unset)):
            raise TypeError(f"field distro_supported: expected integer, got {type(distro_supported).__name__}")

        gets_direct_support = d.pop("gets_direct_support", UNSET)
        if gets_direct_support is None:
            gets_direct_support = UNSET
        if not isinstance(gets_direct_support, (int, Unset)):
            raise TypeError(f"field gets_direct_support: expected integer, got {type(gets_direct_support).__name__}")

        has_company_info = d.pop("has_company_info", UNSET)
        if has_company_info is None:
            has_company_info = UNSET
        if not isinstance(has_company_info, (int, Unset)):
            raise TypeError(f"field has_company_info: expected integer, got {type(has_company_info).__name__}")

        has_compatibility_info = d.pop("has_compatibility_info", UNSET)
        if has_compatibility_info is None:
            has_compatibility_info = UNSET
        if not isinstance(has_compatibility_info, (int, Unset)):
            raise TypeError(
                f"field has_compatibility_info: expected integer, got {type(has_compatibility_info).__name__}"
            )

        hostname = d.pop("hostname", UNSET)
        if hostname is None:
            hostname = UNSET
        if not isinstance(hostname, (str, Unset)):
            raise TypeError(f"field hostname: expected string, got {type(hostname).__name__}")

        ip = d.pop("ip", UNSET)
        if ip is None:
            ip = UNSET
        if not isinstance(ip, (str, Unset)):
            raise TypeError(f"field ip: expected string, got {type(ip).__name__}")

        logo_url = d.pop("logo_url", UNSET)
        if logo_url is None:
            logo_url = UNSET
        if not isinstance(logo_url, (str, Unset)):
            raise TypeError(f"field logo_url: expected string, got {type(logo_url).__name__}")

        pub_support_contact = d.pop("pub_support_contact", UNSET)
        if pub_support_contact is None:
            pub_support_contact = UNSET
        if not isinstance(pub_support_contact, (str, Unset)):
            raise TypeError(f"field pub_support_contact: expected string, got {type(pub_support_contact).__name__}")

        pub_tech_contact = d.pop("pub_tech_contact", UNSET)
        if pub_tech_contact is None:
            pub_tech_contact = UNSET
        if not isinstance(pub_tech_contact, (str, Unset)):
            raise TypeError(f"field pub_tech_contact: expected string, got {type(pub_tech_contact).__name__}")

        tech_contact_email = d.pop("tech_contact_email", UNSET)
        if tech_contact_email is None:
            tech_contact_email = UNSET
        if not isinstance(tech_contact_email, (str, Unset)):
            raise TypeError(f"field tech_contact_email: expected string, got {type(tech_contact_email).__name__}")

        ticket_get_support_info_data = cls(
            arch=arch,
            arch_supported=arch_supported,
            company_id=company_id,
            company_name=company_name,
            distro=distro,
            distro_supported=distro_supported,
            gets_direct_support=gets_direct_support,
            has_company_info=has_company_info,
            has_compatibility_info=has_compatibility_info,
            hostname=hostname,
            ip=ip,
            logo_url=logo_url,
            pub_support_contact=pub_support_contact,
            pub_tech_contact=pub_tech_contact,
            tech_contact_email=tech_contact_email,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        ticket_get_support_info_data.additional_properties = additional_properties
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
