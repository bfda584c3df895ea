# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_upgrade_opportunities_data_upgrade_opportunities_additional_property_bw_limit import (
        GetUpgradeOpportunitiesDataUpgradeOpportunitiesAdditionalPropertyBwLimit,
    )
    from ..models.get_upgrade_opportunities_data_upgrade_opportunities_additional_property_disk_usage import (
        GetUpgradeOpportunitiesDataUpgradeOpportunitiesAdditionalPropertyDiskUsage,
    )


T = TypeVar("T", bound="GetUpgradeOpportunitiesDataUpgradeOpportunitiesAdditionalProperty")


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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _bw_limit = d.pop("bw_limit", UNSET)
        bw_limit: GetUpgradeOpportunitiesDataUpgradeOpportunitiesAdditionalPropertyBwLimit | Unset
        if _bw_limit is None or isinstance(_bw_limit, Unset):  # null reads as UNSET
            bw_limit = UNSET
        else:
            if not isinstance(_bw_limit, dict):
                raise TypeError(f"field bw_limit: expected object, got {type(_bw_limit).__name__}")
            bw_limit = GetUpgradeOpportunitiesDataUpgradeOpportunitiesAdditionalPropertyBwLimit.from_dict(_bw_limit)

        _disk_usage = d.pop("disk_usage", UNSET)
        disk_usage: GetUpgradeOpportunitiesDataUpgradeOpportunitiesAdditionalPropertyDiskUsage | Unset
        if _disk_usage is None or isinstance(_disk_usage, Unset):  # null reads as UNSET
            disk_usage = UNSET
        else:
            if not isinstance(_disk_usage, dict):
                raise TypeError(f"field disk_usage: expected object, got {type(_disk_usage).__name__}")
            disk_usage = GetUpgradeOpportunitiesDataUpgradeOpportunitiesAdditionalPropertyDiskUsage.from_dict(
                _disk_usage
            )

        _messages = d.pop("messages", UNSET)
        messages: list[str] | Unset = UNSET
        if _messages is not None and not isinstance(_messages, Unset):  # null reads as UNSET
            if not isinstance(_messages, list):
                raise TypeError(f"field messages: expected array, got {type(_messages).__name__}")
            messages = []
            for messages_item_data in _messages:
                messages_item = messages_item_data
                if not isinstance(messages_item, (str,)):
                    raise TypeError(f"field messages_item: expected string, got {type(messages_item).__name__}")

                messages.append(messages_item)

        get_upgrade_opportunities_data_upgrade_opportunities_additional_property = cls(
            bw_limit=bw_limit,
            disk_usage=disk_usage,
            messages=messages,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        get_upgrade_opportunities_data_upgrade_opportunities_additional_property.additional_properties = (
            additional_properties
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
