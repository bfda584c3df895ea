# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_object

if TYPE_CHECKING:
    from ..models.get_upgrade_opportunities_data_upgrade_opportunities import (
        GetUpgradeOpportunitiesDataUpgradeOpportunities,
    )


T = TypeVar("T", bound="GetUpgradeOpportunitiesData")
_new_instance = object.__new__


@_attrs_define
class GetUpgradeOpportunitiesData:
    """
    Attributes:
        upgrade_opportunities (GetUpgradeOpportunitiesDataUpgradeOpportunities | Unset):
    """

    upgrade_opportunities: GetUpgradeOpportunitiesDataUpgradeOpportunities | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        upgrade_opportunities: dict[str, Any] | Unset = UNSET
        if not isinstance(self.upgrade_opportunities, Unset):
            upgrade_opportunities = self.upgrade_opportunities.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if upgrade_opportunities is not UNSET:
            field_dict["upgrade_opportunities"] = upgrade_opportunities

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _upgrade_opportunities = d.pop("upgrade_opportunities", UNSET)
        upgrade_opportunities: GetUpgradeOpportunitiesDataUpgradeOpportunities | Unset
        if _upgrade_opportunities.__class__ is not dict:
            _upgrade_opportunities = read_object(_upgrade_opportunities, "upgrade_opportunities", False)
        upgrade_opportunities = (
            UNSET
            if _upgrade_opportunities is UNSET
            else GetUpgradeOpportunitiesDataUpgradeOpportunities.from_dict(_upgrade_opportunities)
        )

        get_upgrade_opportunities_data = _new_instance(cls)
        get_upgrade_opportunities_data.upgrade_opportunities = upgrade_opportunities

        get_upgrade_opportunities_data.additional_properties = dict(d) if d else {}
        return get_upgrade_opportunities_data

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


from ..models.get_upgrade_opportunities_data_upgrade_opportunities import (
    GetUpgradeOpportunitiesDataUpgradeOpportunities,  # noqa: E402
)
