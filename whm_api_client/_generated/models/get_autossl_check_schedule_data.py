# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetAutosslCheckScheduleData")


@_attrs_define
class GetAutosslCheckScheduleData:
    """
    Attributes:
        cron (list[str] | Unset):
        next_time (str | Unset):
    """

    cron: list[str] | Unset = UNSET
    next_time: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cron: list[str] | Unset = UNSET
        if not isinstance(self.cron, Unset):
            cron = self.cron

        next_time = self.next_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cron is not UNSET:
            field_dict["cron"] = cron
        if next_time is not UNSET:
            field_dict["next_time"] = next_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _cron = d.pop("cron", UNSET)
        cron: list[str] | Unset = UNSET
        if _cron is not None and not isinstance(_cron, Unset):  # null reads as UNSET
            if not isinstance(_cron, list):
                raise TypeError(f"field cron: expected array, got {type(_cron).__name__}")
            cron = []
            for cron_item_data in _cron:
                cron_item = cron_item_data
                if not isinstance(cron_item, (str,)):
                    raise TypeError(f"field cron_item: expected string, got {type(cron_item).__name__}")

                cron.append(cron_item)

        next_time = d.pop("next_time", UNSET)
        if next_time is None:
            next_time = UNSET
        if not isinstance(next_time, (str, Unset)):
            raise TypeError(f"field next_time: expected string, got {type(next_time).__name__}")

        get_autossl_check_schedule_data = cls(
            cron=cron,
            next_time=next_time,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        get_autossl_check_schedule_data.additional_properties = additional_properties
        return get_autossl_check_schedule_data

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
