# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_list, read_object

if TYPE_CHECKING:
    from ..models.enable_dnssec_for_domains_data_domains_item import EnableDnssecForDomainsDataDomainsItem


T = TypeVar("T", bound="EnableDnssecForDomainsData")
_new_instance = object.__new__


@_attrs_define
class EnableDnssecForDomainsData:
    """
    Attributes:
        domains (list[EnableDnssecForDomainsDataDomainsItem] | Unset):
    """

    domains: list[EnableDnssecForDomainsDataDomainsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        domains: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.domains, Unset):
            domains = []
            for domains_item_data in self.domains:
                domains_item = domains_item_data.to_dict()
                domains.append(domains_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if domains is not UNSET:
            field_dict["domains"] = domains

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _domains = d.pop("domains", UNSET)
        if _domains.__class__ is not list:
            _domains = read_list(_domains, "domains", False)
        domains: list[EnableDnssecForDomainsDataDomainsItem] | Unset = UNSET
        if _domains is not UNSET:
            domains = []
            for domains_item_data in _domains:
                _domains_item = domains_item_data
                if _domains_item.__class__ is not dict:
                    _domains_item = read_object(_domains_item, "domains_item", True)
                domains_item = EnableDnssecForDomainsDataDomainsItem.from_dict(_domains_item)

                domains.append(domains_item)

        enable_dnssec_for_domains_data = _new_instance(cls)
        enable_dnssec_for_domains_data.domains = domains

        enable_dnssec_for_domains_data.additional_properties = dict(d) if d else {}
        return enable_dnssec_for_domains_data

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


from ..models.enable_dnssec_for_domains_data_domains_item import EnableDnssecForDomainsDataDomainsItem  # noqa: E402
