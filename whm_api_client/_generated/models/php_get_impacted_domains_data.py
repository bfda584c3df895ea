# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PhpGetImpactedDomainsData")


@_attrs_define
class PhpGetImpactedDomainsData:
    """
    Attributes:
        domains (list[str] | Unset):
    """

    domains: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        domains: list[str] | Unset = UNSET
        if not isinstance(self.domains, Unset):
            domains = self.domains

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if domains is not UNSET:
            field_dict["domains"] = domains

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _domains = d.pop("domains", UNSET)
        domains: list[str] | Unset = UNSET
        if _domains is not None and not isinstance(_domains, Unset):  # null reads as UNSET
            if not isinstance(_domains, list):
                raise TypeError(f"field domains: expected array, got {type(_domains).__name__}")
            domains = []
            for domains_item_data in _domains:
                domains_item = domains_item_data
                if not isinstance(domains_item, (str,)):
                    raise TypeError(f"field domains_item: expected string, got {type(domains_item).__name__}")

                domains.append(domains_item)

        php_get_impacted_domains_data = cls(
            domains=domains,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        php_get_impacted_domains_data.additional_properties = additional_properties
        return php_get_impacted_domains_data

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
