# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConvertAddonFetchConversionDetailsDataStepsItem")


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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        end_time = d.pop("end_time", UNSET)
        if end_time is None:
            end_time = UNSET
        if not isinstance(end_time, (int, Unset)):
            raise TypeError(f"field end_time: expected integer, got {type(end_time).__name__}")

        start_time = d.pop("start_time", UNSET)
        if start_time is None:
            start_time = UNSET
        if not isinstance(start_time, (int, Unset)):
            raise TypeError(f"field start_time: expected integer, got {type(start_time).__name__}")

        status = d.pop("status", UNSET)
        if status is None:
            status = UNSET
        if not isinstance(status, (str, Unset)):
            raise TypeError(f"field status: expected string, got {type(status).__name__}")

        step_name = d.pop("step_name", UNSET)
        if step_name is None:
            step_name = UNSET
        if not isinstance(step_name, (str, Unset)):
            raise TypeError(f"field step_name: expected string, got {type(step_name).__name__}")

        warnings = d.pop("warnings", UNSET)
        if warnings is None:
            warnings = UNSET
        if not isinstance(warnings, (str, Unset)):
            raise TypeError(f"field warnings: expected string, got {type(warnings).__name__}")

        convert_addon_fetch_conversion_details_data_steps_item = cls(
            end_time=end_time,
            start_time=start_time,
            status=status,
            step_name=step_name,
            warnings=warnings,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        convert_addon_fetch_conversion_details_data_steps_item.additional_properties = additional_properties
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
