# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConvertAddonListAddonDomainsDataAdditionalProperty")


@_attrs_define
class ConvertAddonListAddonDomainsDataAdditionalProperty:
    """
    Attributes:
        docroot (str | Unset):
        domain_type (str | Unset):
        ip (str | Unset):
        ipv6 (str | Unset):
        owner (str | Unset):
        reseller (str | Unset):
        subdomain (str | Unset):
    """

    docroot: str | Unset = UNSET
    domain_type: str | Unset = UNSET
    ip: str | Unset = UNSET
    ipv6: str | Unset = UNSET
    owner: str | Unset = UNSET
    reseller: str | Unset = UNSET
    subdomain: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        docroot = self.docroot

        domain_type = self.domain_type

        ip = self.ip

        ipv6 = self.ipv6

        owner = self.owner

        reseller = self.reseller

        subdomain = self.subdomain

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if docroot is not UNSET:
            field_dict["docroot"] = docroot
        if domain_type is not UNSET:
            field_dict["domain_type"] = domain_type
        if ip is not UNSET:
            field_dict["ip"] = ip
        if ipv6 is not UNSET:
            field_dict["ipv6"] = ipv6
        if owner is not UNSET:
            field_dict["owner"] = owner
        if reseller is not UNSET:
            field_dict["reseller"] = reseller
        if subdomain is not UNSET:
            field_dict["subdomain"] = subdomain

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        docroot = d.pop("docroot", UNSET)
        if docroot is None:
            docroot = UNSET
        if not isinstance(docroot, (str, Unset)):
            raise TypeError(f"field docroot: expected string, got {type(docroot).__name__}")

        domain_type = d.pop("domain_type", UNSET)
        if domain_type is None:
            domain_type = UNSET
        if not isinstance(domain_type, (str, Unset)):
            raise TypeError(f"field domain_type: expected string, got {type(domain_type).__name__}")

        ip = d.pop("ip", UNSET)
        if ip is None:
            ip = UNSET
        if not isinstance(ip, (str, Unset)):
            raise TypeError(f"field ip: expected string, got {type(ip).__name__}")

        ipv6 = d.pop("ipv6", UNSET)
        if ipv6 is None:
            ipv6 = UNSET
        if not isinstance(ipv6, (str, Unset)):
            raise TypeError(f"field ipv6: expected string, got {type(ipv6).__name__}")

        owner = d.pop("owner", UNSET)
        if owner is None:
            owner = UNSET
        if not isinstance(owner, (str, Unset)):
            raise TypeError(f"field owner: expected string, got {type(owner).__name__}")

        reseller = d.pop("reseller", UNSET)
        if reseller is None:
            reseller = UNSET
        if not isinstance(reseller, (str, Unset)):
            raise TypeError(f"field reseller: expected string, got {type(reseller).__name__}")

        subdomain = d.pop("subdomain", UNSET)
        if subdomain is None:
            subdomain = UNSET
        if not isinstance(subdomain, (str, Unset)):
            raise TypeError(f"field subdomain: expected string, got {type(subdomain).__name__}")

        convert_addon_list_addon_domains_data_additional_property = cls(
            docroot=docroot,
            domain_type=domain_type,
            ip=ip,
            ipv6=ipv6,
            owner=owner,
            reseller=reseller,
            subdomain=subdomain,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        convert_addon_list_addon_domains_data_additional_property.additional_properties = additional_properties
        return convert_addon_list_addon_domains_data_additional_property

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
