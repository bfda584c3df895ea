# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_value

T = TypeVar("T", bound="GetUpgradeOpportunitiesDataUpgradeOpportunitiesAdditionalPropertyBwLimitThisMonth")
_new_instance = object.__new__


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
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
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

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        fraction = d.pop("fraction", UNSET)
        if fraction.__class__ is not int and fraction.__class__ is not float:
            fraction = read_value(fraction, "fraction", "number", False)

        near = d.pop("near", UNSET)
        if near.__class__ is not int:
            near = read_value(near, "near", "integer", False)

        reached = d.pop("reached", UNSET)
        if reached.__class__ is not int:
            reached = read_value(reached, "reached", "integer", False)

        get_upgrade_opportunities_data_upgrade_opportunities_additional_property_bw_limit_this_month = _new_instance(
            cls
        )
        get_upgrade_opportunities_data_upgrade_opportunities_additional_property_bw_limit_this_month.fraction = fraction
        get_upgrade_opportunities_data_upgrade_opportunities_additional_property_bw_limit_this_month.near = near
        get_upgrade_opportunities_data_upgrade_opportunities_additional_property_bw_limit_this_month.reached = reached

        get_upgrade_opportunities_data_upgrade_opportunities_additional_property_bw_limit_this_month.additional_properties = (
            dict(d) if d else {}
        )
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
