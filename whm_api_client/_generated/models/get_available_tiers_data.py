# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_value

T = TypeVar("T", bound="GetAvailableTiersData")
_new_instance = object.__new__


@_attrs_define
class GetAvailableTiersData:
    """
    Attributes:
        current (str | Unset):
        edge (str | Unset):
        lts (str | Unset):
        release (str | Unset):
        stable (str | Unset):
    """

    current: str | Unset = UNSET
    edge: str | Unset = UNSET
    lts: str | Unset = UNSET
    release: str | Unset = UNSET
    stable: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        current = self.current

        edge = self.edge

        lts = self.lts

        release = self.release

        stable = self.stable

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if current is not UNSET:
            field_dict["current"] = current
        if edge is not UNSET:
            field_dict["edge"] = edge
        if lts is not UNSET:
            field_dict["lts"] = lts
        if release is not UNSET:
            field_dict["release"] = release
        if stable is not UNSET:
            field_dict["stable"] = stable

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        current = d.pop("current", UNSET)
        if current.__class__ is not str:
            current = read_value(current, "current", "string", False)

        edge = d.pop("edge", UNSET)
        if edge.__class__ is not str:
            edge = read_value(edge, "edge", "string", False)

        lts = d.pop("lts", UNSET)
        if lts.__class__ is not str:
            lts = read_value(lts, "lts", "string", False)

        release = d.pop("release", UNSET)
        if release.__class__ is not str:
            release = read_value(release, "release", "string", False)

        stable = d.pop("stable", UNSET)
        if stable.__class__ is not str:
            stable = read_value(stable, "stable", "string", False)

        get_available_tiers_data = _new_instance(cls)
        get_available_tiers_data.current = current
        get_available_tiers_data.edge = edge
        get_available_tiers_data.lts = lts
        get_available_tiers_data.release = release
        get_available_tiers_data.stable = stable

        get_available_tiers_data.additional_properties = dict(d) if d else {}
        return get_available_tiers_data

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
