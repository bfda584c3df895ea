# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_value

T = TypeVar("T", bound="Ipv6RangeUsageDataUsage")
_new_instance = object.__new__


@_attrs_define
class Ipv6RangeUsageDataUsage:
    """
    Attributes:
        forbidden (int | Unset):
        free (int | Unset):
        used (int | Unset):
    """

    forbidden: int | Unset = UNSET
    free: int | Unset = UNSET
    used: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        forbidden = self.forbidden

        free = self.free

        used = self.used

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if forbidden is not UNSET:
            field_dict["forbidden"] = forbidden
        if free is not UNSET:
            field_dict["free"] = free
        if used is not UNSET:
            field_dict["used"] = used

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        forbidden = d.pop("forbidden", UNSET)
        if forbidden.__class__ is not int:
            forbidden = read_value(forbidden, "forbidden", "integer", False)

        free = d.pop("free", UNSET)
        if free.__class__ is not int:
            free = read_value(free, "free", "integer", False)

        used = d.pop("used", UNSET)
        if used.__class__ is not int:
            used = read_value(used, "used", "integer", False)

        ipv_6_range_usage_data_usage = _new_instance(cls)
        ipv_6_range_usage_data_usage.forbidden = forbidden
        ipv_6_range_usage_data_usage.free = free
        ipv_6_range_usage_data_usage.used = used

        ipv_6_range_usage_data_usage.additional_properties = dict(d) if d else {}
        return ipv_6_range_usage_data_usage

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
