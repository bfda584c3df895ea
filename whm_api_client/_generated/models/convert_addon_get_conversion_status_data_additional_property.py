# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_value

T = TypeVar("T", bound="ConvertAddonGetConversionStatusDataAdditionalProperty")
_new_instance = object.__new__


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
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
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

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        job_end_time = d.pop("job_end_time", UNSET)
        if job_end_time.__class__ is not int:
            job_end_time = read_value(job_end_time, "job_end_time", "integer", False)

        job_id = d.pop("job_id", UNSET)
        if job_id.__class__ is not str:
            job_id = read_value(job_id, "job_id", "string", False)

        job_status = d.pop("job_status", UNSET)
        if job_status.__class__ is not str:
            job_status = read_value(job_status, "job_status", "string", False)

        source_acct = d.pop("source_acct", UNSET)
        if source_acct.__class__ is not str:
            source_acct = read_value(source_acct, "source_acct", "string", False)

        convert_addon_get_conversion_status_data_additional_property = _new_instance(cls)
        convert_addon_get_conversion_status_data_additional_property.job_end_time = job_end_time
        convert_addon_get_conversion_status_data_additional_property.job_id = job_id
        convert_addon_get_conversion_status_data_additional_property.job_status = job_status
        convert_addon_get_conversion_status_data_additional_property.source_acct = source_acct

        convert_addon_get_conversion_status_data_additional_property.additional_properties = dict(d) if d else {}
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
