# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_value

T = TypeVar("T", bound="FetchDsRecordsForDomainsDataDomainsItemDsRecordsNsecDetails")
_new_instance = object.__new__


@_attrs_define
class FetchDsRecordsForDomainsDataDomainsItemDsRecordsNsecDetails:
    """
    Attributes:
        nsec3_hash_algo_desc (str | Unset):
        nsec3_hash_algo_num (int | Unset):
        nsec3_iterations (int | Unset):
        nsec3_narrow (int | Unset):
        nsec3_opt_out (int | Unset):
        nsec3_salt (str | Unset):
        nsec_version (str | Unset):
    """

    nsec3_hash_algo_desc: str | Unset = UNSET
    nsec3_hash_algo_num: int | Unset = UNSET
    nsec3_iterations: int | Unset = UNSET
    nsec3_narrow: int | Unset = UNSET
    nsec3_opt_out: int | Unset = UNSET
    nsec3_salt: str | Unset = UNSET
    nsec_version: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        nsec3_hash_algo_desc = self.nsec3_hash_algo_desc

        nsec3_hash_algo_num = self.nsec3_hash_algo_num

        nsec3_iterations = self.nsec3_iterations

        nsec3_narrow = self.nsec3_narrow

        nsec3_opt_out = self.nsec3_opt_out

        nsec3_salt = self.nsec3_salt

        nsec_version = self.nsec_version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if nsec3_hash_algo_desc is not UNSET:
            field_dict["nsec3_hash_algo_desc"] = nsec3_hash_algo_desc
        if nsec3_hash_algo_num is not UNSET:
            field_dict["nsec3_hash_algo_num"] = nsec3_hash_algo_num
        if nsec3_iterations is not UNSET:
            field_dict["nsec3_iterations"] = nsec3_iterations
        if nsec3_narrow is not UNSET:
            field_dict["nsec3_narrow"] = nsec3_narrow
        if nsec3_opt_out is not UNSET:
            field_dict["nsec3_opt_out"] = nsec3_opt_out
        if nsec3_salt is not UNSET:
            field_dict["nsec3_salt"] = nsec3_salt
        if nsec_version is not UNSET:
            field_dict["nsec_version"] = nsec_version

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        nsec3_hash_algo_desc = d.pop("nsec3_hash_algo_desc", UNSET)
        if nsec3_hash_algo_desc.__class__ is not str:
            nsec3_hash_algo_desc = read_value(nsec3_hash_algo_desc, "nsec3_hash_algo_desc", "string", False)

        nsec3_hash_algo_num = d.pop("nsec3_hash_algo_num", UNSET)
        if nsec3_hash_algo_num.__class__ is not int:
            nsec3_hash_algo_num = read_value(nsec3_hash_algo_num, "nsec3_hash_algo_num", "integer", False)

        nsec3_iterations = d.pop("nsec3_iterations", UNSET)
        if nsec3_iterations.__class__ is not int:
            nsec3_iterations = read_value(nsec3_iterations, "nsec3_iterations", "integer", False)

        nsec3_narrow = d.pop("nsec3_narrow", UNSET)
        if nsec3_narrow.__class__ is not int:
            nsec3_narrow = read_value(nsec3_narrow, "nsec3_narrow", "integer", False)

        nsec3_opt_out = d.pop("nsec3_opt_out", UNSET)
        if nsec3_opt_out.__class__ is not int:
            nsec3_opt_out = read_value(nsec3_opt_out, "nsec3_opt_out", "integer", False)

        nsec3_salt = d.pop("nsec3_salt", UNSET)
        if nsec3_salt.__class__ is not str:
            nsec3_salt = read_value(nsec3_salt, "nsec3_salt", "string", False)

        nsec_version = d.pop("nsec_version", UNSET)
        if nsec_version.__class__ is not str:
            nsec_version = read_value(nsec_version, "nsec_version", "string", False)

        fetch_ds_records_for_domains_data_domains_item_ds_records_nsec_details = _new_instance(cls)
        fetch_ds_records_for_domains_data_domains_item_ds_records_nsec_details.nsec3_hash_algo_desc = (
            nsec3_hash_algo_desc
        )
        fetch_ds_records_for_domains_data_domains_item_ds_records_nsec_details.nsec3_hash_algo_num = nsec3_hash_algo_num
        fetch_ds_records_for_domains_data_domains_item_ds_records_nsec_details.nsec3_iterations = nsec3_iterations
        fetch_ds_records_for_domains_data_domains_item_ds_records_nsec_details.nsec3_narrow = nsec3_narrow
        fetch_ds_records_for_domains_data_domains_item_ds_records_nsec_details.nsec3_opt_out = nsec3_opt_out
        fetch_ds_records_for_domains_data_domains_item_ds_records_nsec_details.nsec3_salt = nsec3_salt
        fetch_ds_records_for_domains_data_domains_item_ds_records_nsec_details.nsec_version = nsec_version

        fetch_ds_records_for_domains_data_domains_item_ds_records_nsec_details.additional_properties = (
            dict(d) if d else {}
        )
        return fetch_ds_records_for_domains_data_domains_item_ds_records_nsec_details

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
