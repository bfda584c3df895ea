# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fetch_ds_records_for_domains_data_domains_item_ds_records_keys import (
        FetchDsRecordsForDomainsDataDomainsItemDsRecordsKeys,
    )
    from ..models.fetch_ds_records_for_domains_data_domains_item_ds_records_nsec_details import (
        FetchDsRecordsForDomainsDataDomainsItemDsRecordsNsecDetails,
    )


T = TypeVar("T", bound="FetchDsRecordsForDomainsDataDomainsItemDsRecords")


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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _keys = d.pop("keys", UNSET)
        keys: FetchDsRecordsForDomainsDataDomainsItemDsRecordsKeys | Unset
        if _keys is None or isinstance(_keys, Unset):  # null reads as UNSET
            keys = UNSET
        else:
            if not isinstance(_keys, dict):
                raise TypeError(f"field keys: expected object, got {type(_keys).__name__}")
            keys = FetchDsRecordsForDomainsDataDomainsItemDsRecordsKeys.from_dict(_keys)

        _nsec_details = d.pop("nsec_details", UNSET)
        nsec_details: FetchDsRecordsForDomainsDataDomainsItemDsRecordsNsecDetails | Unset
        if _nsec_details is None or isinstance(_nsec_details, Unset):  # null reads as UNSET
            nsec_details = UNSET
        else:
            if not isinstance(_nsec_details, dict):
                raise TypeError(f"field nsec_details: expected object, got {type(_nsec_details).__name__}")
            nsec_details = FetchDsRecordsForDomainsDataDomainsItemDsRecordsNsecDetails.from_dict(_nsec_details)

        fetch_ds_records_for_domains_data_domains_item_ds_records = cls(
            keys=keys,
            nsec_details=nsec_details,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        fetch_ds_records_for_domains_data_domains_item_ds_records.additional_properties = additional_properties
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
