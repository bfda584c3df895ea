# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_value

T = TypeVar("T", bound="ConvertAddonListAddonDomainsDataAdditionalProperty")
_new_instance = object.__new__


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
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
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

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        docroot = d.pop("docroot", UNSET)
        if docroot.__class__ is not str:
            docroot = read_value(docroot, "docroot", "string", False)

        domain_type = d.pop("domain_type", UNSET)
        if domain_type.__class__ is not str:
            domain_type = read_value(domain_type, "domain_type", "string", False)

        ip = d.pop("ip", UNSET)
        if ip.__class__ is not str:
            ip = read_value(ip, "ip", "string", False)

        ipv6 = d.pop("ipv6", UNSET)
        if ipv6.__class__ is not str:
            ipv6 = read_value(ipv6, "ipv6", "string", False)

        owner = d.pop("owner", UNSET)
        if owner.__class__ is not str:
            owner = read_value(owner, "owner", "string", False)

        reseller = d.pop("reseller", UNSET)
        if reseller.__class__ is not str:
            reseller = read_value(reseller, "reseller", "string", False)

        subdomain = d.pop("subdomain", UNSET)
        if subdomain.__class__ is not str:
            subdomain = read_value(subdomain, "subdomain", "string", False)

        convert_addon_list_addon_domains_data_additional_property = _new_instance(cls)
        convert_addon_list_addon_domains_data_additional_property.docroot = docroot
        convert_addon_list_addon_domains_data_additional_property.domain_type = domain_type
        convert_addon_list_addon_domains_data_additional_property.ip = ip
        convert_addon_list_addon_domains_data_additional_property.ipv6 = ipv6
        convert_addon_list_addon_domains_data_additional_property.owner = owner
        convert_addon_list_addon_domains_data_additional_property.reseller = reseller
        convert_addon_list_addon_domains_data_additional_property.subdomain = subdomain

        convert_addon_list_addon_domains_data_additional_property.additional_properties = dict(d) if d else {}
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
