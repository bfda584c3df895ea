# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_value

T = TypeVar("T", bound="ListEnhancementLimitsDataLimitsAdditionalProperty")
_new_instance = object.__new__


@_attrs_define
class ListEnhancementLimitsDataLimitsAdditionalProperty:
    """
    Attributes:
        limit (int | Unset):
        limited (int | Unset):
        usage (int | Unset):
    """

    limit: int | Unset = UNSET
    limited: int | Unset = UNSET
    usage: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        limit = self.limit

        limited = self.limited

        usage = self.usage

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if limit is not UNSET:
            field_dict["limit"] = limit
        if limited is not UNSET:
            field_dict["limited"] = limited
        if usage is not UNSET:
            field_dict["usage"] = usage

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        limit = d.pop("limit", UNSET)
        if limit.__class__ is not int:
            limit = read_value(limit, "limit", "integer", False)

        limited = d.pop("limited", UNSET)
        if limited.__class__ is not int:
            limited = read_value(limited, "limited", "integer", False)

        usage = d.pop("usage", UNSET)
        if usage.__class__ is not int:
            usage = read_value(usage, "usage", "integer", False)

        list_enhancement_limits_data_limits_additional_property = _new_instance(cls)
        list_enhancement_limits_data_limits_additional_property.limit = limit
        list_enhancement_limits_data_limits_additional_property.limited = limited
        list_enhancement_limits_data_limits_additional_property.usage = usage

        list_enhancement_limits_data_limits_additional_property.additional_properties = dict(d) if d else {}
        return list_enhancement_limits_data_limits_additional_property

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
