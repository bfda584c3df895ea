# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_list, read_object, read_value

if TYPE_CHECKING:
    from ..models.convert_addon_fetch_conversion_details_data_steps_item import (
        ConvertAddonFetchConversionDetailsDataStepsItem,
    )


T = TypeVar("T", bound="ConvertAddonFetchConversionDetailsData")
_new_instance = object.__new__


@_attrs_define
class ConvertAddonFetchConversionDetailsData:
    """
    Attributes:
        domain (str | Unset):
        job_end_time (int | Unset):
        job_id (int | Unset):
        job_start_time (int | Unset):
        job_status (str | Unset):
        source_acct (str | Unset):
        steps (list[ConvertAddonFetchConversionDetailsDataStepsItem] | Unset):
        target_acct (str | Unset):
    """

    domain: str | Unset = UNSET
    job_end_time: int | Unset = UNSET
    job_id: int | Unset = UNSET
    job_start_time: int | Unset = UNSET
    job_status: str | Unset = UNSET
    source_acct: str | Unset = UNSET
    steps: list[ConvertAddonFetchConversionDetailsDataStepsItem] | Unset = UNSET
    target_acct: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        domain = self.domain

        job_end_time = self.job_end_time

        job_id = self.job_id

        job_start_time = self.job_start_time

        job_status = self.job_status

        source_acct = self.source_acct

        steps: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.steps, Unset):
            steps = []
            for steps_item_data in self.steps:
                steps_item = steps_item_data.to_dict()
                steps.append(steps_item)

        target_acct = self.target_acct

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if domain is not UNSET:
            field_dict["domain"] = domain
        if job_end_time is not UNSET:
            field_dict["job_end_time"] = job_end_time
        if job_id is not UNSET:
            field_dict["job_id"] = job_id
        if job_start_time is not UNSET:
            field_dict["job_start_time"] = job_start_time
        if job_status is not UNSET:
            field_dict["job_status"] = job_status
        if source_acct is not UNSET:
            field_dict["source_acct"] = source_acct
        if steps is not UNSET:
            field_dict["steps"] = steps
        if target_acct is not UNSET:
            field_dict["target_acct"] = target_acct

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

        job_end_time = d.pop("job_end_time", UNSET)
        if job_end_time.__class__ is not int:
            job_end_time = read_value(job_end_time, "job_end_time", "integer", False)

        job_id = d.pop("job_id", UNSET)
        if job_id.__class__ is not int:
            job_id = read_value(job_id, "job_id", "integer", False)

        job_start_time = d.pop("job_start_time", UNSET)
        if job_start_time.__class__ is not int:
            job_start_time = read_value(job_start_time, "job_start_time", "integer", False)

        job_status = d.pop("job_status", UNSET)
        if job_status.__class__ is not str:
            job_status = read_value(job_status, "job_status", "string", False)

        source_acct = d.pop("source_acct", UNSET)
        if source_acct.__class__ is not str:
            source_acct = read_value(source_acct, "source_acct", "string", False)

        _steps = d.pop("steps", UNSET)
        if _steps.__class__ is not list:
            _steps = read_list(_steps, "steps", False)
        steps: list[ConvertAddonFetchConversionDetailsDataStepsItem] | Unset = UNSET
        if _steps is not UNSET:
            steps = []
            for steps_item_data in _steps:
                _steps_item = steps_item_data
                if _steps_item.__class__ is not dict:
                    _steps_item = read_object(_steps_item, "steps_item", True)
                steps_item = ConvertAddonFetchConversionDetailsDataStepsItem.from_dict(_steps_item)

                steps.append(steps_item)

        target_acct = d.pop("target_acct", UNSET)
        if target_acct.__class__ is not str:
            target_acct = read_value(target_acct, "target_acct", "string", False)

        convert_addon_fetch_conversion_details_data = _new_instance(cls)
        convert_addon_fetch_conversion_details_data.domain = domain
        convert_addon_fetch_conversion_details_data.job_end_time = job_end_time
        convert_addon_fetch_conversion_details_data.job_id = job_id
        convert_addon_fetch_conversion_details_data.job_start_time = job_start_time
        convert_addon_fetch_conversion_details_data.job_status = job_status
        convert_addon_fetch_conversion_details_data.source_acct = source_acct
        convert_addon_fetch_conversion_details_data.steps = steps
        convert_addon_fetch_conversion_details_data.target_acct = target_acct

        convert_addon_fetch_conversion_details_data.additional_properties = dict(d) if d else {}
        return convert_addon_fetch_conversion_details_data

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


from ..models.convert_addon_fetch_conversion_details_data_steps_item import (
    ConvertAddonFetchConversionDetailsDataStepsItem,  # noqa: E402
)
