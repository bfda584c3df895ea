# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_object

if TYPE_CHECKING:
    from ..models.fetch_ds_records_for_domains_data_domains_item_ds_records_keys import (
        FetchDsRecordsForDomainsDataDomainsItemDsRecordsKeys,
    )
    from ..models.fetch_ds_records_for_domains_data_domains_item_ds_records_nsec_details import (
        FetchDsRecordsForDomainsDataDomainsItemDsRecordsNsecDetails,
    )


T = TypeVar("T", bound="FetchDsRecordsForDomainsDataDomainsItemDsRecords")
_new_instance = object.__new__


@_attrs_define
class FetchDsRecordsForDomainsDataDomainsItemDsRecords:
    """
    Attributes:
        keys (FetchDsRecordsForDomainsDataDomainsItemDsRecordsKeys | Unset):
        nsec_details (FetchDsRecordsForDomainsDataDomainsItemDsRecordsNsecDetails | Unset):
    """

    keys: FetchDsRecordsForDomainsDataDomainsItemDsRecordsKeys | Unset = UNSET
    nsec_details: FetchDsRecordsForDomainsDataDomainsItemDsRecordsNsecDetails | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        keys: dict[str, Any] | Unset = UNSET
        if not isinstance(self.keys, Unset):
            keys = self.keys.to_dict()

        nsec_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.nsec_details, Unset):
            nsec_details = self.nsec_details.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if keys is not UNSET:
            field_dict["keys"] = keys
        if nsec_details is not UNSET:
            field_dict["nsec_details"] = nsec_details

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _keys = d.pop("keys", UNSET)
        keys: FetchDsRecordsForDomainsDataDomainsItemDsRecordsKeys | Unset
        if _keys.__class__ is not dict:
            _keys = read_object(_keys, "keys", False)
        keys = UNSET if _keys is UNSET else FetchDsRecordsForDomainsDataDomainsItemDsRecordsKeys.from_dict(_keys)

        _nsec_details = d.pop("nsec_details", UNSET)
        nsec_details: FetchDsRecordsForDomainsDataDomainsItemDsRecordsNsecDetails | Unset
        if _nsec_details.__class__ is not dict:
            _nsec_details = read_object(_nsec_details, "nsec_details", False)
        nsec_details = (
            UNSET
            if _nsec_details is UNSET
            else FetchDsRecordsForDomainsDataDomainsItemDsRecordsNsecDetails.from_dict(_nsec_details)
        )

        fetch_ds_records_for_domains_data_domains_item_ds_records = _new_instance(cls)
        fetch_ds_records_for_domains_data_domains_item_ds_records.keys = keys
        fetch_ds_records_for_domains_data_domains_item_ds_records.nsec_details = nsec_details

        fetch_ds_records_for_domains_data_domains_item_ds_records.additional_properties = dict(d) if d else {}
        return fetch_ds_records_for_domains_data_domains_item_ds_records

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


from ..models.fetch_ds_records_for_domains_data_domains_item_ds_records_keys import (
    FetchDsRecordsForDomainsDataDomainsItemDsRecordsKeys,  # noqa: E402
)
from ..models.fetch_ds_records_for_domains_data_domains_item_ds_records_nsec_details import (
    FetchDsRecordsForDomainsDataDomainsItemDsRecordsNsecDetails,  # noqa: E402
)
