# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_items, read_list

T = TypeVar("T", bound="GetUpgradeOpportunitiesDataUpgradeOpportunitiesAdditionalPropertyDiskUsage")
_new_instance = object.__new__


@_attrs_define
class GetUpgradeOpportunitiesDataUpgradeOpportunitiesAdditionalPropertyDiskUsage:
    """
    Attributes:
        messages (list[str] | Unset):
        relative_to_fixed_amount (Any | Unset):
        relative_to_quota (Any | Unset):
    """

    messages: list[str] | Unset = UNSET
    relative_to_fixed_amount: Any | Unset = UNSET
    relative_to_quota: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        messages: list[str] | Unset = UNSET
        if not isinstance(self.messages, Unset):
            messages = self.messages

        relative_to_fixed_amount = self.relative_to_fixed_amount

        relative_to_quota = self.relative_to_quota

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if messages is not UNSET:
            field_dict["messages"] = messages
        if relative_to_fixed_amount is not UNSET:
            field_dict["relative_to_fixed_amount"] = relative_to_fixed_amount
        if relative_to_quota is not UNSET:
            field_dict["relative_to_quota"] = relative_to_quota

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
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

        relative_to_fixed_amount = d.pop("relative_to_fixed_amount", UNSET)

        relative_to_quota = d.pop("relative_to_quota", UNSET)

        get_upgrade_opportunities_data_upgrade_opportunities_additional_property_disk_usage = _new_instance(cls)
        get_upgrade_opportunities_data_upgrade_opportunities_additional_property_disk_usage.messages = messages
        get_upgrade_opportunities_data_upgrade_opportunities_additional_property_disk_usage.relative_to_fixed_amount = (
            relative_to_fixed_amount
        )
        get_upgrade_opportunities_data_upgrade_opportunities_additional_property_disk_usage.relative_to_quota = (
            relative_to_quota
        )

        get_upgrade_opportunities_data_upgrade_opportunities_additional_property_disk_usage.additional_properties = (
            dict(d) if d else {}
        )
        return get_upgrade_opportunities_data_upgrade_opportunities_additional_property_disk_usage

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
