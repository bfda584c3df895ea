# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_value

T = TypeVar("T", bound="GetUpdateAvailabilityData")
_new_instance = object.__new__


@_attrs_define
class GetUpdateAvailabilityData:
    """
    Attributes:
        current_version (str | Unset):
        newest_version (str | Unset):
        tier (str | Unset):
        update_available (int | Unset):
    """

    current_version: str | Unset = UNSET
    newest_version: str | Unset = UNSET
    tier: str | Unset = UNSET
    update_available: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        current_version = self.current_version

        newest_version = self.newest_version

        tier = self.tier

        update_available = self.update_available

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if current_version is not UNSET:
            field_dict["current_version"] = current_version
        if newest_version is not UNSET:
            field_dict["newest_version"] = newest_version
        if tier is not UNSET:
            field_dict["tier"] = tier
        if update_available is not UNSET:
            field_dict["update_available"] = update_available

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        current_version = d.pop("current_version", UNSET)
        if current_version.__class__ is not str:
            current_version = read_value(current_version, "current_version", "string", False)

        newest_version = d.pop("newest_version", UNSET)
        if newest_version.__class__ is not str:
            newest_version = read_value(newest_version, "newest_version", "string", False)

        tier = d.pop("tier", UNSET)
        if tier.__class__ is not str:
            tier = read_value(tier, "tier", "string", False)

        update_available = d.pop("update_available", UNSET)
        if update_available.__class__ is not int:
            update_available = read_value(update_available, "update_available", "integer", False)

        get_update_availability_data = _new_instance(cls)
        get_update_availability_data.current_version = current_version
        get_update_availability_data.newest_version = newest_version
        get_update_availability_data.tier = tier
        get_update_availability_data.update_available = update_available

        get_update_availability_data.additional_properties = dict(d) if d else {}
        return get_update_availability_data

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
