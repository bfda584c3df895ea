# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_value

T = TypeVar("T", bound="SetNsec3ForDomainsDataDomainsItem")
_new_instance = object.__new__


@_attrs_define
class SetNsec3ForDomainsDataDomainsItem:
    """
    Attributes:
        domain (str | Unset):
        enabled (int | Unset):
        error (str | Unset):
    """

    domain: str | Unset = UNSET
    enabled: int | Unset = UNSET
    error: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        domain = self.domain

        enabled = self.enabled

        error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if domain is not UNSET:
            field_dict["domain"] = domain
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if error is not UNSET:
            field_dict["error"] = error

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

        error = d.pop("error", UNSET)
        if error.__class__ is not str:
            error = read_value(error, "error", "string", False)

        set_nsec_3_for_domains_data_domains_item = _new_instance(cls)
        set_nsec_3_for_domains_data_domains_item.domain = domain
        set_nsec_3_for_domains_data_domains_item.enabled = enabled
        set_nsec_3_for_domains_data_domains_item.error = error

        set_nsec_3_for_domains_data_domains_item.additional_properties = dict(d) if d else {}
        return set_nsec_3_for_domains_data_domains_item

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
