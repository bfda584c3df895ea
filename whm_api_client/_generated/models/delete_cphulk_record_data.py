# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_items, read_list, read_object, read_value

if TYPE_CHECKING:
    from ..models.delete_cphulk_record_data_ips_failed import DeleteCphulkRecordDataIpsFailed


T = TypeVar("T", bound="DeleteCphulkRecordData")
_new_instance = object.__new__


@_attrs_define
class DeleteCphulkRecordData:
    """
    Attributes:
        ips_failed (DeleteCphulkRecordDataIpsFailed | Unset):
        ips_removed (list[str] | Unset):
        list_name (str | Unset):
        requester_ip (str | Unset):
        requester_ip_is_whitelisted (int | Unset):
    """

    ips_failed: DeleteCphulkRecordDataIpsFailed | Unset = UNSET
    ips_removed: list[str] | Unset = UNSET
    list_name: str | Unset = UNSET
    requester_ip: str | Unset = UNSET
    requester_ip_is_whitelisted: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        ips_failed: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ips_failed, Unset):
            ips_failed = self.ips_failed.to_dict()

        ips_removed: list[str] | Unset = UNSET
        if not isinstance(self.ips_removed, Unset):
            ips_removed = self.ips_removed

        list_name = self.list_name

        requester_ip = self.requester_ip

        requester_ip_is_whitelisted = self.requester_ip_is_whitelisted

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ips_failed is not UNSET:
            field_dict["ips_failed"] = ips_failed
        if ips_removed is not UNSET:
            field_dict["ips_removed"] = ips_removed
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
        _ips_failed = d.pop("ips_failed", UNSET)
        ips_failed: DeleteCphulkRecordDataIpsFailed | Unset
        if _ips_failed.__class__ is not dict:
            _ips_failed = read_object(_ips_failed, "ips_failed", False)
        ips_failed = UNSET if _ips_failed is UNSET else DeleteCphulkRecordDataIpsFailed.from_dict(_ips_failed)

        _ips_removed = d.pop("ips_removed", UNSET)
        if _ips_removed.__class__ is not list:
            _ips_removed = read_list(_ips_removed, "ips_removed", False)
        ips_removed: list[str] | Unset = UNSET
        if _ips_removed is not UNSET:
            ips_removed = _ips_removed
            for _item in _ips_removed:
                if _item.__class__ is not str:
                    ips_removed = read_items(_ips_removed, "ips_removed_item", "string")
                    break

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

        delete_cphulk_record_data = _new_instance(cls)
        delete_cphulk_record_data.ips_failed = ips_failed
        delete_cphulk_record_data.ips_removed = ips_removed
        delete_cphulk_record_data.list_name = list_name
        delete_cphulk_record_data.requester_ip = requester_ip
        delete_cphulk_record_data.requester_ip_is_whitelisted = requester_ip_is_whitelisted

        delete_cphulk_record_data.additional_properties = dict(d) if d else {}
        return delete_cphulk_record_data

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


from ..models.delete_cphulk_record_data_ips_failed import DeleteCphulkRecordDataIpsFailed  # noqa: E402
