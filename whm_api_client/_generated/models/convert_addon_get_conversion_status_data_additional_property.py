# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConvertAddonGetConversionStatusDataAdditionalProperty")


@_attrs_define
class ConvertAddonGetConversionStatusDataAdditionalProperty:
    """
    Attributes:
        job_end_time (int | Unset):
        job_id (str | Unset):
        job_status (str | Unset):
        source_acct (str | Unset):
    """

    job_end_time: int | Unset = UNSET
    job_id: str | Unset = UNSET
    job_status: str | Unset = UNSET
    source_acct: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        job_end_time = self.job_end_time

        job_id = self.job_id

        job_status = self.job_status

        source_acct = self.source_acct

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if job_end_time is not UNSET:
            field_dict["job_end_time"] = job_end_time
        if job_id is not UNSET:
            field_dict["job_id"] = job_id
        if job_status is not UNSET:
            field_dict["job_status"] = job_status
        if source_acct is not UNSET:
            field_dict["source_acct"] = source_acct

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        job_end_time = d.pop("job_end_time", UNSET)
        if job_end_time is None:
            job_end_time = UNSET
        if not isinstance(job_end_time, (int, Unset)):
            raise TypeError(f"field job_end_time: expected integer, got {type(job_end_time).__name__}")

        job_id = d.pop("job_id", UNSET)
        if job_id is None:
            job_id = UNSET
        if not isinstance(job_id, (str, Unset)):
            raise TypeError(f"field job_id: expected string, got {type(job_id).__name__}")

        job_status = d.pop("job_status", UNSET)
        if job_status is None:
            job_status = UNSET
        if not isinstance(job_status, (str, Unset)):
            raise TypeError(f"field job_status: expected string, got {type(job_status).__name__}")

        source_acct = d.pop("source_acct", UNSET)
        if source_acct is None:
            source_acct = UNSET
        if not isinstance(source_acct, (str, Unset)):
            raise TypeError(f"field source_acct: expected string, got {type(source_acct).__name__}")

        convert_addon_get_conversion_status_data_additional_property = cls(
            job_end_time=job_end_time,
            job_id=job_id,
            job_status=job_status,
            source_acct=source_acct,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        convert_addon_get_conversion_status_data_additional_property.additional_properties = additional_properties
        return convert_addon_get_conversion_status_data_additional_property

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
