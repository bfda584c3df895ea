# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_value

T = TypeVar("T", bound="ConvertAddonFetchConversionDetailsDataStepsItem")
_new_instance = object.__new__


@_attrs_define
class ConvertAddonFetchConversionDetailsDataStepsItem:
    """
    Attributes:
        end_time (int | Unset):
        start_time (int | Unset):
        status (str | Unset):
        step_name (str | Unset):
        warnings (str | Unset):
    """

    end_time: int | Unset = UNSET
    start_time: int | Unset = UNSET
    status: str | Unset = UNSET
    step_name: str | Unset = UNSET
    warnings: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        end_time = self.end_time

        start_time = self.start_time

        status = self.status

        step_name = self.step_name

        warnings = self.warnings

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if end_time is not UNSET:
            field_dict["end_time"] = end_time
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if status is not UNSET:
            field_dict["status"] = status
        if step_name is not UNSET:
            field_dict["step_name"] = step_name
        if warnings is not UNSET:
            field_dict["warnings"] = warnings

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        end_time = d.pop("end_time", UNSET)
        if end_time.__class__ is not int:
            end_time = read_value(end_time, "end_time", "integer", False)

        start_time = d.pop("start_time", UNSET)
        if start_time.__class__ is not int:
            start_time = read_value(start_time, "start_time", "integer", False)

        status = d.pop("status", UNSET)
        if status.__class__ is not str:
            status = read_value(status, "status", "string", False)

        step_name = d.pop("step_name", UNSET)
        if step_name.__class__ is not str:
            step_name = read_value(step_name, "step_name", "string", False)

        warnings = d.pop("warnings", UNSET)
        if warnings.__class__ is not str:
            warnings = read_value(warnings, "warnings", "string", False)

        convert_addon_fetch_conversion_details_data_steps_item = _new_instance(cls)
        convert_addon_fetch_conversion_details_data_steps_item.end_time = end_time
        convert_addon_fetch_conversion_details_data_steps_item.start_time = start_time
        convert_addon_fetch_conversion_details_data_steps_item.status = status
        convert_addon_fetch_conversion_details_data_steps_item.step_name = step_name
        convert_addon_fetch_conversion_details_data_steps_item.warnings = warnings

        convert_addon_fetch_conversion_details_data_steps_item.additional_properties = dict(d) if d else {}
        return convert_addon_fetch_conversion_details_data_steps_item

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
