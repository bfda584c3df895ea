# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_value

T = TypeVar("T", bound="SystemloadavgData")
_new_instance = object.__new__


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
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
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

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        fifteen = d.pop("fifteen", UNSET)
        if fifteen.__class__ is not int and fifteen.__class__ is not float:
            fifteen = read_value(fifteen, "fifteen", "number", False)

        five = d.pop("five", UNSET)
        if five.__class__ is not int and five.__class__ is not float:
            five = read_value(five, "five", "number", False)

        one = d.pop("one", UNSET)
        if one.__class__ is not int and one.__class__ is not float:
            one = read_value(one, "one", "number", False)

        systemloadavg_data = _new_instance(cls)
        systemloadavg_data.fifteen = fifteen
        systemloadavg_data.five = five
        systemloadavg_data.one = one

        systemloadavg_data.additional_properties = dict(d) if d else {}
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
