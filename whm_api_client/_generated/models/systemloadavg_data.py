# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SystemloadavgData")


@_attrs_define
class SystemloadavgData:
    """
    Attributes:
        fifteen (float | Unset):
        five (float | Unset):
        one (float | Unset):
    """

    fifteen: float | Unset = UNSET
    five: float | Unset = UNSET
    one: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        fifteen = self.fifteen

        five = self.five

        one = self.one

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if fifteen is not UNSET:
            field_dict["fifteen"] = fifteen
        if five is not UNSET:
            field_dict["five"] = five
        if one is not UNSET:
            field_dict["one"] = one

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        fifteen = d.pop("fifteen", UNSET)
        if fifteen is None:
            fifteen = UNSET
        if not isinstance(fifteen, (int, float, Unset)):
            raise TypeError(f"field fifteen: expected number, got {type(fifteen).__name__}")

        five = d.pop("five", UNSET)
        if five is None:
            five = UNSET
        if not isinstance(five, (int, float, Unset)):
            raise TypeError(f"field five: expected number, got {type(five).__name__}")

        one = d.pop("one", UNSET)
        if one is None:
            one = UNSET
        if not isinstance(one, (int, float, Unset)):
            raise TypeError(f"field one: expected number, got {type(one).__name__}")

        systemloadavg_data = cls(
            fifteen=fifteen,
            five=five,
            one=one,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        systemloadavg_data.additional_properties = additional_properties
        return systemloadavg_data

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
