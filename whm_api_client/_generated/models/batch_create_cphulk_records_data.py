# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_list, read_object, read_value

if TYPE_CHECKING:
    from ..models.batch_create_cphulk_records_data_ips_failed import BatchCreateCphulkRecordsDataIpsFailed


T = TypeVar("T", bound="BatchCreateCphulkRecordsData")
_new_instance = object.__new__


@_attrs_define
class BatchCreateCphulkRecordsData:
    """
    Attributes:
        comment (str | Unset):
        ip_blocks_removed (int | Unset):
        ips_added (list[Any] | Unset):
        ips_failed (BatchCreateCphulkRecordsDataIpsFailed | Unset):
        iptable_bans_removed (int | Unset):
        list_name (str | Unset):
        original_ips_added (list[Any] | Unset):
        requester_ip (str | Unset):
        requester_ip_is_whitelisted (int | Unset):
    """

    comment: str | Unset = UNSET
    ip_blocks_removed: int | Unset = UNSET
    ips_added: list[Any] | Unset = UNSET
    ips_failed: BatchCreateCphulkRecordsDataIpsFailed | Unset = UNSET
    iptable_bans_removed: int | Unset = UNSET
    list_name: str | Unset = UNSET
    original_ips_added: list[Any] | Unset = UNSET
    requester_ip: str | Unset = UNSET
    requester_ip_is_whitelisted: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        comment = self.comment

        ip_blocks_removed = self.ip_blocks_removed

        ips_added: list[Any] | Unset = UNSET
        if not isinstance(self.ips_added, Unset):
            ips_added = self.ips_added

        ips_failed: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ips_failed, Unset):
            ips_failed = self.ips_failed.to_dict()

        iptable_bans_removed = self.iptable_bans_removed

        list_name = self.list_name

        original_ips_added: list[Any] | Unset = UNSET
        if not isinstance(self.original_ips_added, Unset):
            original_ips_added = self.original_ips_added

        requester_ip = self.requester_ip

        requester_ip_is_whitelisted = self.requester_ip_is_whitelisted

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if comment is not UNSET:
            field_dict["comment"] = comment
        if ip_blocks_removed is not UNSET:
            field_dict["ip_blocks_removed"] = ip_blocks_removed
        if ips_added is not UNSET:
            field_dict["ips_added"] = ips_added
        if ips_failed is not UNSET:
            field_dict["ips_failed"] = ips_failed
        if iptable_bans_removed is not UNSET:
            field_dict["iptable_bans_removed"] = iptable_bans_removed
        if list_name is not UNSET:
            field_dict["list_name"] = list_name
        if original_ips_added is not UNSET:
            field_dict["original_ips_added"] = original_ips_added
        if requester_ip is not UNSET:
            field_dict["requester_ip"] = requester_ip
        if requester_ip_is_whitelisted is not UNSET:
            field_dict["requester_ip_is_whitelisted"] = requester_ip_is_whitelisted

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        comment = d.pop("comment", UNSET)
        if comment.__class__ is not str:
            comment = read_value(comment, "comment", "string", False)

        ip_blocks_removed = d.pop("ip_blocks_removed", UNSET)
        if ip_blocks_removed.__class__ is not int:
            ip_blocks_removed = read_value(ip_blocks_removed, "ip_blocks_removed", "integer", False)

        _ips_added = d.pop("ips_added", UNSET)
        if _ips_added.__class__ is not list:
            _ips_added = read_list(_ips_added, "ips_added", False)
        ips_added: list[Any] | Unset = UNSET
        if _ips_added is not UNSET:
            ips_added = []
            for ips_added_item_data in _ips_added:
                ips_added_item = ips_added_item_data

                ips_added.append(ips_added_item)

        _ips_failed = d.pop("ips_failed", UNSET)
        ips_failed: BatchCreateCphulkRecordsDataIpsFailed | Unset
        if _ips_failed.__class__ is not dict:
            _ips_failed = read_object(_ips_failed, "ips_failed", False)
        ips_failed = UNSET if _ips_failed is UNSET else BatchCreateCphulkRecordsDataIpsFailed.from_dict(_ips_failed)

        iptable_bans_removed = d.pop("iptable_bans_removed", UNSET)
        if iptable_bans_removed.__class__ is not int:
            iptable_bans_removed = read_value(iptable_bans_removed, "iptable_bans_removed", "integer", False)

        list_name = d.pop("list_name", UNSET)
        if list_name.__class__ is not str:
            list_name = read_value(list_name, "list_name", "string", False)

        _original_ips_added = d.pop("original_ips_added", UNSET)
        if _original_ips_added.__class__ is not list:
            _original_ips_added = read_list(_original_ips_added, "original_ips_added", False)
        original_ips_added: list[Any] | Unset = UNSET
        if _original_ips_added is not UNSET:
            original_ips_added = []
            for original_ips_added_item_data in _original_ips_added:
                original_ips_added_item = original_ips_added_item_data

                original_ips_added.append(original_ips_added_item)

        requester_ip = d.pop("requester_ip", UNSET)
        if requester_ip.__class__ is not str:
            requester_ip = read_value(requester_ip, "requester_ip", "string", False)

        requester_ip_is_whitelisted = d.pop("requester_ip_is_whitelisted", UNSET)
        if requester_ip_is_whitelisted.__class__ is not int:
            requester_ip_is_whitelisted = read_value(
                requester_ip_is_whitelisted, "requester_ip_is_whitelisted", "integer", False
            )

        batch_create_cphulk_records_data = _new_instance(cls)
        batch_create_cphulk_records_data.comment = comment
        batch_create_cphulk_records_data.ip_blocks_removed = ip_blocks_removed
        batch_create_cphulk_records_data.ips_added = ips_added
        batch_create_cphulk_records_data.ips_failed = ips_failed
        batch_create_cphulk_records_data.iptable_bans_removed = iptable_bans_removed
        batch_create_cphulk_records_data.list_name = list_name
        batch_create_cphulk_records_data.original_ips_added = original_ips_added
        batch_create_cphulk_records_data.requester_ip = requester_ip
        batch_create_cphulk_records_data.requester_ip_is_whitelisted = requester_ip_is_whitelisted

        batch_create_cphulk_records_data.additional_properties = dict(d) if d else {}
        return batch_create_cphulk_records_data

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


from ..models.batch_create_cphulk_records_data_ips_failed import BatchCreateCphulkRecordsDataIpsFailed  # noqa: E402
