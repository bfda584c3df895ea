# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_value

T = TypeVar("T", bound="EnableDnssecForDomainsDataDomainsItem")
_new_instance = object.__new__


@_attrs_define
class EnableDnssecForDomainsDataDomainsItem:
    """
    Attributes:
        domain (str | Unset):
        enabled (int | Unset):
        new_key_id (str | Unset):
        nsec_error (str | Unset):
        nsec_version (str | Unset):
    """

    domain: str | Unset = UNSET
    enabled: int | Unset = UNSET
    new_key_id: str | Unset = UNSET
    nsec_error: str | Unset = UNSET
    nsec_version: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        domain = self.domain

        enabled = self.enabled

        new_key_id = self.new_key_id

        nsec_error = self.nsec_error

        nsec_version = self.nsec_version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if domain is not UNSET:
            field_dict["domain"] = domain
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if new_key_id is not UNSET:
            field_dict["new_key_id"] = new_key_id
        if nsec_error is not UNSET:
            field_dict["nsec_error"] = nsec_error
        if nsec_version is not UNSET:
            field_dict["nsec_version"] = nsec_version

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        domain = d.pop("domain", UNSET)
        if domain.__class__ is not str:
            domain = read_value(domain, "domain", "string", False)

        enabled = d.pop("enabled", UNSET)
        if enabled.__class__ is not int:
            enabled = read_value(enabled, "enabled", "integer", False)

        new_key_id = d.pop("new_key_id", UNSET)
        if new_key_id.__class__ is not str:
            new_key_id = read_value(new_key_id, "new_key_id", "string", False)

        nsec_error = d.pop("nsec_error", UNSET)
        if nsec_error.__class__ is not str:
            nsec_error = read_value(nsec_error, "nsec_error", "string", False)

        nsec_version = d.pop("nsec_version", UNSET)
        if nsec_version.__class__ is not str:
            nsec_version = read_value(nsec_version, "nsec_version", "string", False)

        enable_dnssec_for_domains_data_domains_item = _new_instance(cls)
        enable_dnssec_for_domains_data_domains_item.domain = domain
        enable_dnssec_for_domains_data_domains_item.enabled = enabled
        enable_dnssec_for_domains_data_domains_item.new_key_id = new_key_id
        enable_dnssec_for_domains_data_domains_item.nsec_error = nsec_error
        enable_dnssec_for_domains_data_domains_item.nsec_version = nsec_version

        enable_dnssec_for_domains_data_domains_item.additional_properties = dict(d) if d else {}
        return enable_dnssec_for_domains_data_domains_item

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
