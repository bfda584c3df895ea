# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_object, read_value

if TYPE_CHECKING:
    from ..models.fetch_ds_records_for_domains_data_domains_item_ds_records import (
        FetchDsRecordsForDomainsDataDomainsItemDsRecords,
    )


T = TypeVar("T", bound="FetchDsRecordsForDomainsDataDomainsItem")
_new_instance = object.__new__


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
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
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

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        domain = d.pop("domain", UNSET)
        if domain.__class__ is not str:
            domain = read_value(domain, "domain", "string", False)

        _ds_records = d.pop("ds_records", UNSET)
        ds_records: FetchDsRecordsForDomainsDataDomainsItemDsRecords | Unset
        if _ds_records.__class__ is not dict:
            _ds_records = read_object(_ds_records, "ds_records", False)
        ds_records = (
            UNSET if _ds_records is UNSET else FetchDsRecordsForDomainsDataDomainsItemDsRecords.from_dict(_ds_records)
        )

        fetch_ds_records_for_domains_data_domains_item = _new_instance(cls)
        fetch_ds_records_for_domains_data_domains_item.domain = domain
        fetch_ds_records_for_domains_data_domains_item.ds_records = ds_records

        fetch_ds_records_for_domains_data_domains_item.additional_properties = dict(d) if d else {}
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
