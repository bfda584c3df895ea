# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FetchDsRecordsForDomainsDataDomainsItemDsRecordsNsecDetails")


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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        nsec3_hash_algo_desc = d.pop("nsec3_hash_algo_desc", UNSET)
        if nsec3_hash_algo_desc is None:
            nsec3_hash_algo_desc = UNSET
        if not isinstance(nsec3_hash_algo_desc, (str, Unset)):
            raise TypeError(f"field nsec3_hash_algo_desc: expected string, got {type(nsec3_hash_algo_desc).__name__}")

        nsec3_hash_algo_num = d.pop("nsec3_hash_algo_num", UNSET)
        if nsec3_hash_algo_num is None:
            nsec3_hash_algo_num = UNSET
        if not isinstance(nsec3_hash_algo_num, (int, Unset)):
            raise TypeError(f"field nsec3_hash_algo_num: expected integer, got {type(nsec3_hash_algo_num).__name__}")

        nsec3_iterations = d.pop("nsec3_iterations", UNSET)
        if nsec3_iterations is None:
            nsec3_iterations = UNSET
        if not isinstance(nsec3_iterations, (int, Unset)):
            raise TypeError(f"field nsec3_iterations: expected integer, got {type(nsec3_iterations).__name__}")

        nsec3_narrow = d.pop("nsec3_narrow", UNSET)
        if nsec3_narrow is None:
            nsec3_narrow = UNSET
        if not isinstance(nsec3_narrow, (int, Unset)):
            raise TypeError(f"field nsec3_narrow: expected integer, got {type(nsec3_narrow).__name__}")

        nsec3_opt_out = d.pop("nsec3_opt_out", UNSET)
        if nsec3_opt_out is None:
            nsec3_opt_out = UNSET
        if not isinstance(nsec3_opt_out, (int, Unset)):
            raise TypeError(f"field nsec3_opt_out: expected integer, got {type(nsec3_opt_out).__name__}")

        nsec3_salt = d.pop("nsec3_salt", UNSET)
        if nsec3_salt is None:
            nsec3_salt = UNSET
        if not isinstance(nsec3_salt, (str, Unset)):
            raise TypeError(f"field nsec3_salt: expected string, got {type(nsec3_salt).__name__}")

        nsec_version = d.pop("nsec_version", UNSET)
        if nsec_version is None:
            nsec_version = UNSET
        if not isinstance(nsec_version, (str, Unset)):
            raise TypeError(f"field nsec_version: expected string, got {type(nsec_version).__name__}")

        fetch_ds_records_for_domains_data_domains_item_ds_records_nsec_details = cls(
            nsec3_hash_algo_desc=nsec3_hash_algo_desc,
            nsec3_hash_algo_num=nsec3_hash_algo_num,
            nsec3_iterations=nsec3_iterations,
            nsec3_narrow=nsec3_narrow,
            nsec3_opt_out=nsec3_opt_out,
            nsec3_salt=nsec3_salt,
            nsec_version=nsec_version,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        fetch_ds_records_for_domains_data_domains_item_ds_records_nsec_details.additional_properties = (
            additional_properties
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
