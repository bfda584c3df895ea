# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_value

T = TypeVar("T", bound="FetchDsRecordsForDomainsDataDomainsItemDsRecordsKeysAdditionalPropertyDigestsItem")
_new_instance = object.__new__


@_attrs_define
class FetchDsRecordsForDomainsDataDomainsItemDsRecordsKeysAdditionalPropertyDigestsItem:
    """
    Attributes:
        algo_desc (str | Unset):
        algo_num (int | Unset):
        digest (str | Unset):
    """

    algo_desc: str | Unset = UNSET
    algo_num: int | Unset = UNSET
    digest: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        algo_desc = self.algo_desc

        algo_num = self.algo_num

        digest = self.digest

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if algo_desc is not UNSET:
            field_dict["algo_desc"] = algo_desc
        if algo_num is not UNSET:
            field_dict["algo_num"] = algo_num
        if digest is not UNSET:
            field_dict["digest"] = digest

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        algo_desc = d.pop("algo_desc", UNSET)
        if algo_desc.__class__ is not str:
            algo_desc = read_value(algo_desc, "algo_desc", "string", False)

        algo_num = d.pop("algo_num", UNSET)
        if algo_num.__class__ is not int:
            algo_num = read_value(algo_num, "algo_num", "integer", False)

        digest = d.pop("digest", UNSET)
        if digest.__class__ is not str:
            digest = read_value(digest, "digest", "string", False)

        fetch_ds_records_for_domains_data_domains_item_ds_records_keys_additional_property_digests_item = _new_instance(
            cls
        )
        fetch_ds_records_for_domains_data_domains_item_ds_records_keys_additional_property_digests_item.algo_desc = (
            algo_desc
        )
        fetch_ds_records_for_domains_data_domains_item_ds_records_keys_additional_property_digests_item.algo_num = (
            algo_num
        )
        fetch_ds_records_for_domains_data_domains_item_ds_records_keys_additional_property_digests_item.digest = digest

        fetch_ds_records_for_domains_data_domains_item_ds_records_keys_additional_property_digests_item.additional_properties = (
            dict(d) if d else {}
        )
        return fetch_ds_records_for_domains_data_domains_item_ds_records_keys_additional_property_digests_item

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
