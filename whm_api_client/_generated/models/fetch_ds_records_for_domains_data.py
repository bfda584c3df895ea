# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fetch_ds_records_for_domains_data_domains_item import FetchDsRecordsForDomainsDataDomainsItem


T = TypeVar("T", bound="FetchDsRecordsForDomainsData")


@_attrs_define
class FetchDsRecordsForDomainsData:
    """
    Attributes:
        domains (list[FetchDsRecordsForDomainsDataDomainsItem] | Unset):
    """

    domains: list[FetchDsRecordsForDomainsDataDomainsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _domains = d.pop("domains", UNSET)
        domains: list[FetchDsRecordsForDomainsDataDomainsItem] | Unset = UNSET
        if _domains is not None and not isinstance(_domains, Unset):  # null reads as UNSET
            if not isinstance(_domains, list):
                raise TypeError(f"field domains: expected array, got {type(_domains).__name__}")
            domains = []
            for domains_item_data in _domains:
                _domains_item = domains_item_data
                if not isinstance(_domains_item, dict):
                    raise TypeError(f"field domains_item: expected object, got {type(_domains_item).__name__}")
                domains_item = FetchDsRecordsForDomainsDataDomainsItem.from_dict(_domains_item)

                domains.append(domains_item)

        fetch_ds_records_for_domains_data = cls(
            domains=domains,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        fetch_ds_records_for_domains_data.additional_properties = additional_properties
        return fetch_ds_records_for_domains_data

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


from ..models.fetch_ds_records_for_domains_data_domains_item import FetchDsRecordsForDomainsDataDomainsItem  # noqa: E402
