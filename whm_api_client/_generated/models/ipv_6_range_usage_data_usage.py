# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Ipv6RangeUsageDataUsage")


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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        forbidden = d.pop("forbidden", UNSET)
        if forbidden is None:
            forbidden = UNSET
        if not isinstance(forbidden, (int, Unset)):
            raise TypeError(f"field forbidden: expected integer, got {type(forbidden).__name__}")

        free = d.pop("free", UNSET)
        if free is None:
            free = UNSET
        if not isinstance(free, (int, Unset)):
            raise TypeError(f"field free: expected integer, got {type(free).__name__}")

        used = d.pop("used", UNSET)
        if used is None:
            used = UNSET
        if not isinstance(used, (int, Unset)):
            raise TypeError(f"field used: expected integer, got {type(used).__name__}")

        ipv_6_range_usage_data_usage = cls(
            forbidden=forbidden,
            free=free,
            used=used,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        ipv_6_range_usage_data_usage.additional_properties = additional_properties
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
