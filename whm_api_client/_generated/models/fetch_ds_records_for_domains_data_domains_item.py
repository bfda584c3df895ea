# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fetch_ds_records_for_domains_data_domains_item_ds_records import (
        FetchDsRecordsForDomainsDataDomainsItemDsRecords,
    )


T = TypeVar("T", bound="FetchDsRecordsForDomainsDataDomainsItem")


@_attrs_define
class FetchDsRecordsForDomainsDataDomainsItem:
    """
    Attributes:
        domain (str | Unset):
        ds_records (FetchDsRecordsForDomainsDataDomainsItemDsRecords | Unset):
    """

    domain: str | Unset = UNSET
    ds_records: FetchDsRecordsForDomainsDataDomainsItemDsRecords | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        domain = self.domain

        ds_records: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ds_records, Unset):
            ds_records = self.ds_records.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if domain is not UNSET:
            field_dict["domain"] = domain
        if ds_records is not UNSET:
            field_dict["ds_records"] = ds_records

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        domain = d.pop("domain", UNSET)
        if domain is None:
            domain = UNSET
        if not isinstance(domain, (str, Unset)):
            raise TypeError(f"field domain: expected string, got {type(domain).__name__}")

        _ds_records = d.pop("ds_records", UNSET)
        ds_records: FetchDsRecordsForDomainsDataDomainsItemDsRecords | Unset
        if _ds_records is None or isinstance(_ds_records, Unset):  # null reads as UNSET
            ds_records = UNSET
        else:
            if not isinstance(_ds_records, dict):
                raise TypeError(f"field ds_records: expected object, got {type(_ds_records).__name__}")
            ds_records = FetchDsRecordsForDomainsDataDomainsItemDsRecords.from_dict(_ds_records)

        fetch_ds_records_for_domains_data_domains_item = cls(
            domain=domain,
            ds_records=ds_records,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        fetch_ds_records_for_domains_data_domains_item.additional_properties = additional_properties
        return fetch_ds_records_for_domains_data_domains_item

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


from ..models.fetch_ds_records_for_domains_data_domains_item_ds_records import (
    FetchDsRecordsForDomainsDataDomainsItemDsRecords,  # noqa: E402
)
