# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_list, read_object, read_value

if TYPE_CHECKING:
    from ..models.create_cphulk_record_data_ips_failed import CreateCphulkRecordDataIpsFailed


T = TypeVar("T", bound="CreateCphulkRecordData")
_new_instance = object.__new__


@_attrs_define
class CreateCphulkRecordData:
    """
    Attributes:
        comment (str | Unset):
        ip_blocks_removed (int | Unset):
        ips_added (list[Any] | Unset):
        ips_failed (CreateCphulkRecordDataIpsFailed | Unset):
        iptable_bans_removed (int | Unset):
        list_name (str | Unset):
        requester_ip (str | Unset):
        requester_ip_is_whitelisted (int | Unset):
    """

    comment: str | Unset = UNSET
    ip_blocks_removed: int | Unset = UNSET
    ips_added: list[Any] | Unset = UNSET
    ips_failed: CreateCphulkRecordDataIpsFailed | Unset = UNSET
    iptable_bans_removed: int | Unset = UNSET
    list_name: str | Unset = UNSET
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
        ips_failed: CreateCphulkRecordDataIpsFailed | Unset
        if _ips_failed.__class__ is not dict:
            _ips_failed = read_object(_ips_failed, "ips_failed", False)
        ips_failed = UNSET if _ips_failed is UNSET else CreateCphulkRecordDataIpsFailed.from_dict(_ips_failed)

        iptable_bans_removed = d.pop("iptable_bans_removed", UNSET)
        if iptable_bans_removed.__class__ is not int:
            iptable_bans_removed = read_value(iptable_bans_removed, "iptable_bans_removed", "integer", False)

        list_name = d.pop("list_name", UNSET)
        if list_name.__class__ is not str:
            list_name = read_value(list_name, "list_name", "string", False)

        requester_ip = d.pop("requester_ip", UNSET)
        if requester_ip.__class__ is not str:
            requester_ip = read_value(requester_ip, "requester_ip", "string", False)

        requester_ip_is_whitelisted = d.pop("requester_ip_is_whitelisted", UNSET)
        if requester_ip_is_whitelisted.__class__ is not int:
            requester_ip_is_whitelisted = read_value(
                requester_ip_is_whitelisted, "requester_ip_is_whitelisted", "integer", False
            )

        create_cphulk_record_data = _new_instance(cls)
        create_cphulk_record_data.comment = comment
        create_cphulk_record_data.ip_blocks_removed = ip_blocks_removed
        create_cphulk_record_data.ips_added = ips_added
        create_cphulk_record_data.ips_failed = ips_failed
        create_cphulk_record_data.iptable_bans_removed = iptable_bans_removed
        create_cphulk_record_data.list_name = list_name
        create_cphulk_record_data.requester_ip = requester_ip
        create_cphulk_record_data.requester_ip_is_whitelisted = requester_ip_is_whitelisted

        create_cphulk_record_data.additional_properties = dict(d) if d else {}
        return create_cphulk_record_data

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


from ..models.create_cphulk_record_data_ips_failed import CreateCphulkRecordDataIpsFailed  # noqa: E402
