# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetUpgradeOpportunitiesDataUpgradeOpportunitiesAdditionalPropertyBwLimitThisMonth")


@_attrs_define
class GetUpgradeOpportunitiesDataUpgradeOpportunitiesAdditionalPropertyBwLimitThisMonth:
    """
    Attributes:
        fraction (float | Unset):
        near (int | Unset):
        reached (int | Unset):
    """

    fraction: float | Unset = UNSET
    near: int | Unset = UNSET
    reached: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        fraction = self.fraction

        near = self.near

        reached = self.reached

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if fraction is not UNSET:
            field_dict["fraction"] = fraction
        if near is not UNSET:
            field_dict["near"] = near
        if reached is not UNSET:
            field_dict["reached"] = reached

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        fraction = d.pop("fraction", UNSET)
        if fraction is None:
            fraction = UNSET
        if not isinstance(fraction, (int, float, Unset)):
            raise TypeError(f"field fraction: expected number, got {type(fraction).__name__}")

        near = d.pop("near", UNSET)
        if near is None:
            near = UNSET
        if not isinstance(near, (int, Unset)):
            raise TypeError(f"field near: expected integer, got {type(near).__name__}")

        reached = d.pop("reached", UNSET)
        if reached is None:
            reached = UNSET
        if not isinstance(reached, (int, Unset)):
            raise TypeError(f"field reached: expected integer, got {type(reached).__name__}")

        get_upgrade_opportunities_data_upgrade_opportunities_additional_property_bw_limit_this_month = cls(
            fraction=fraction,
            near=near,
            reached=reached,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        get_upgrade_opportunities_data_upgrade_opportunities_additional_property_bw_limit_this_month.additional_properties = additional_properties
        return get_upgrade_opportunities_data_upgrade_opportunities_additional_property_bw_limit_this_month

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
