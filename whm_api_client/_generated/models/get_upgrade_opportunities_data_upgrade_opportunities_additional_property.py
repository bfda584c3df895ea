# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_items, read_list, read_object

if TYPE_CHECKING:
    from ..models.get_upgrade_opportunities_data_upgrade_opportunities_additional_property_bw_limit import (
        GetUpgradeOpportunitiesDataUpgradeOpportunitiesAdditionalPropertyBwLimit,
    )
    from ..models.get_upgrade_opportunities_data_upgrade_opportunities_additional_property_disk_usage import (
        GetUpgradeOpportunitiesDataUpgradeOpportunitiesAdditionalPropertyDiskUsage,
    )


T = TypeVar("T", bound="GetUpgradeOpportunitiesDataUpgradeOpportunitiesAdditionalProperty")
_new_instance = object.__new__


@_attrs_define
class GetUpgradeOpportunitiesDataUpgradeOpportunitiesAdditionalProperty:
    """
    Attributes:
        bw_limit (GetUpgradeOpportunitiesDataUpgradeOpportunitiesAdditionalPropertyBwLimit | Unset):
        disk_usage (GetUpgradeOpportunitiesDataUpgradeOpportunitiesAdditionalPropertyDiskUsage | Unset):
        messages (list[str] | Unset):
    """

    bw_limit: GetUpgradeOpportunitiesDataUpgradeOpportunitiesAdditionalPropertyBwLimit | Unset = UNSET
    disk_usage: GetUpgradeOpportunitiesDataUpgradeOpportunitiesAdditionalPropertyDiskUsage | Unset = UNSET
    messages: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        bw_limit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.bw_limit, Unset):
            bw_limit = self.bw_limit.to_dict()

        disk_usage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.disk_usage, Unset):
            disk_usage = self.disk_usage.to_dict()

        messages: list[str] | Unset = UNSET
        if not isinstance(self.messages, Unset):
            messages = self.messages

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if bw_limit is not UNSET:
            field_dict["bw_limit"] = bw_limit
        if disk_usage is not UNSET:
            field_dict["disk_usage"] = disk_usage
        if messages is not UNSET:
            field_dict["messages"] = messages

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _bw_limit = d.pop("bw_limit", UNSET)
        bw_limit: GetUpgradeOpportunitiesDataUpgradeOpportunitiesAdditionalPropertyBwLimit | Unset
        if _bw_limit.__class__ is not dict:
            _bw_limit = read_object(_bw_limit, "bw_limit", False)
        bw_limit = (
            UNSET
            if _bw_limit is UNSET
            else GetUpgradeOpportunitiesDataUpgradeOpportunitiesAdditionalPropertyBwLimit.from_dict(_bw_limit)
        )

        _disk_usage = d.pop("disk_usage", UNSET)
        disk_usage: GetUpgradeOpportunitiesDataUpgradeOpportunitiesAdditionalPropertyDiskUsage | Unset
        if _disk_usage.__class__ is not dict:
            _disk_usage = read_object(_disk_usage, "disk_usage", False)
        disk_usage = (
            UNSET
            if _disk_usage is UNSET
            else GetUpgradeOpportunitiesDataUpgradeOpportunitiesAdditionalPropertyDiskUsage.from_dict(_disk_usage)
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

        get_upgrade_opportunities_data_upgrade_opportunities_additional_property = _new_instance(cls)
        get_upgrade_opportunities_data_upgrade_opportunities_additional_property.bw_limit = bw_limit
        get_upgrade_opportunities_data_upgrade_opportunities_additional_property.disk_usage = disk_usage
        get_upgrade_opportunities_data_upgrade_opportunities_additional_property.messages = messages

        get_upgrade_opportunities_data_upgrade_opportunities_additional_property.additional_properties = (
            dict(d) if d else {}
        )
        return get_upgrade_opportunities_data_upgrade_opportunities_additional_property

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


from ..models.get_upgrade_opportunities_data_upgrade_opportunities_additional_property_bw_limit import (
    GetUpgradeOpportunitiesDataUpgradeOpportunitiesAdditionalPropertyBwLimit,  # noqa: E402
)
from ..models.get_upgrade_opportunities_data_upgrade_opportunities_additional_property_disk_usage import (
    GetUpgradeOpportunitiesDataUpgradeOpportunitiesAdditionalPropertyDiskUsage,  # noqa: E402
)
