# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_items, read_list, read_object

if TYPE_CHECKING:
    from ..models.get_upgrade_opportunities_data_upgrade_opportunities_additional_property_bw_limit_last_month import (
        GetUpgradeOpportunitiesDataUpgradeOpportunitiesAdditionalPropertyBwLimitLastMonth,
    )
    from ..models.get_upgrade_opportunities_data_upgrade_opportunities_additional_property_bw_limit_this_month import (
        GetUpgradeOpportunitiesDataUpgradeOpportunitiesAdditionalPropertyBwLimitThisMonth,
    )


T = TypeVar("T", bound="GetUpgradeOpportunitiesDataUpgradeOpportunitiesAdditionalPropertyBwLimit")
_new_instance = object.__new__


@_attrs_define
class GetUpgradeOpportunitiesDataUpgradeOpportunitiesAdditionalPropertyBwLimit:
    """
    Attributes:
        last_month (GetUpgradeOpportunitiesDataUpgradeOpportunitiesAdditionalPropertyBwLimitLastMonth | Unset):
        messages (list[str] | Unset):
        this_month (GetUpgradeOpportunitiesDataUpgradeOpportunitiesAdditionalPropertyBwLimitThisMonth | Unset):
    """

    last_month: GetUpgradeOpportunitiesDataUpgradeOpportunitiesAdditionalPropertyBwLimitLastMonth | Unset = UNSET
    messages: list[str] | Unset = UNSET
    this_month: GetUpgradeOpportunitiesDataUpgradeOpportunitiesAdditionalPropertyBwLimitThisMonth | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        last_month: dict[str, Any] | Unset = UNSET
        if not isinstance(self.last_month, Unset):
            last_month = self.last_month.to_dict()

        messages: list[str] | Unset = UNSET
        if not isinstance(self.messages, Unset):
            messages = self.messages

        this_month: dict[str, Any] | Unset = UNSET
        if not isinstance(self.this_month, Unset):
            this_month = self.this_month.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if last_month is not UNSET:
            field_dict["last_month"] = last_month
        if messages is not UNSET:
            field_dict["messages"] = messages
        if this_month is not UNSET:
            field_dict["this_month"] = this_month

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _last_month = d.pop("last_month", UNSET)
        last_month: GetUpgradeOpportunitiesDataUpgradeOpportunitiesAdditionalPropertyBwLimitLastMonth | Unset
        if _last_month.__class__ is not dict:
            _last_month = read_object(_last_month, "last_month", False)
        last_month = (
            UNSET
            if _last_month is UNSET
            else GetUpgradeOpportunitiesDataUpgradeOpportunitiesAdditionalPropertyBwLimitLastMonth.from_dict(
                _last_month
            )
        )

        _messages = d.pop("messages", UNSET)
        if _messages.__class__ is not list:
            _messages = read_list(_messages, "messages", False)
        messages: list[str] | Unset = UNSET
        if _messages is not UNSET:
            messages = _messages
            for _item in _messages:
                if _item.__class__ is not str:
                    messages = read_items(_messages, "messages_item", "string")
                    break

        _this_month = d.pop("this_month", UNSET)
        this_month: GetUpgradeOpportunitiesDataUpgradeOpportunitiesAdditionalPropertyBwLimitThisMonth | Unset
        if _this_month.__class__ is not dict:
            _this_month = read_object(_this_month, "this_month", False)
        this_month = (
            UNSET
            if _this_month is UNSET
            else GetUpgradeOpportunitiesDataUpgradeOpportunitiesAdditionalPropertyBwLimitThisMonth.from_dict(
                _this_month
            )
        )

        get_upgrade_opportunities_data_upgrade_opportunities_additional_property_bw_limit = _new_instance(cls)
        get_upgrade_opportunities_data_upgrade_opportunities_additional_property_bw_limit.last_month = last_month
        get_upgrade_opportunities_data_upgrade_opportunities_additional_property_bw_limit.messages = messages
        get_upgrade_opportunities_data_upgrade_opportunities_additional_property_bw_limit.this_month = this_month

        get_upgrade_opportunities_data_upgrade_opportunities_additional_property_bw_limit.additional_properties = (
            dict(d) if d else {}
        )
        return get_upgrade_opportunities_data_upgrade_opportunities_additional_property_bw_limit

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


from ..models.get_upgrade_opportunities_data_upgrade_opportunities_additional_property_bw_limit_last_month import (
    GetUpgradeOpportunitiesDataUpgradeOpportunitiesAdditionalPropertyBwLimitLastMonth,  # noqa: E402
)
from ..models.get_upgrade_opportunities_data_upgrade_opportunities_additional_property_bw_limit_this_month import (
    GetUpgradeOpportunitiesDataUpgradeOpportunitiesAdditionalPropertyBwLimitThisMonth,  # noqa: E402
)
