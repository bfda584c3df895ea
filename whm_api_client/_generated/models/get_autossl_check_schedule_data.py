# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_items, read_list, read_value

T = TypeVar("T", bound="GetAutosslCheckScheduleData")
_new_instance = object.__new__


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
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
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

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _cron = d.pop("cron", UNSET)
        if _cron.__class__ is not list:
            _cron = read_list(_cron, "cron", False)
        cron: list[str] | Unset = UNSET
        if _cron is not UNSET:
            cron = _cron
            for _item in _cron:
                if _item.__class__ is not str:
                    cron = read_items(_cron, "cron_item", "string")
                    break

        next_time = d.pop("next_time", UNSET)
        if next_time.__class__ is not str:
            next_time = read_value(next_time, "next_time", "string", False)

        get_autossl_check_schedule_data = _new_instance(cls)
        get_autossl_check_schedule_data.cron = cron
        get_autossl_check_schedule_data.next_time = next_time

        get_autossl_check_schedule_data.additional_properties = dict(d) if d else {}
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
