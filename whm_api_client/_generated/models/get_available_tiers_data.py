# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetAvailableTiersData")


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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        current = d.pop("current", UNSET)
        if current is None:
            current = UNSET
        if not isinstance(current, (str, Unset)):
            raise TypeError(f"field current: expected string, got {type(current).__name__}")

        edge = d.pop("edge", UNSET)
        if edge is None:
            edge = UNSET
        if not isinstance(edge, (str, Unset)):
            raise TypeError(f"field edge: expected string, got {type(edge).__name__}")

        lts = d.pop("lts", UNSET)
        if lts is None:
            lts = UNSET
        if not isinstance(lts, (str, Unset)):
            raise TypeError(f"field lts: expected string, got {type(lts).__name__}")

        release = d.pop("release", UNSET)
        if release is None:
            release = UNSET
        if not isinstance(release, (str, Unset)):
            raise TypeError(f"field release: expected string, got {type(release).__name__}")

        stable = d.pop("stable", UNSET)
        if stable is None:
            stable = UNSET
        if not isinstance(stable, (str, Unset)):
            raise TypeError(f"field stable: expected string, got {type(stable).__name__}")

        get_available_tiers_data = cls(
            current=current,
            edge=edge,
            lts=lts,
            release=release,
            stable=stable,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        get_available_tiers_data.additional_properties = additional_properties
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
