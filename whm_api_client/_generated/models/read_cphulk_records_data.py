# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_object, read_value

if TYPE_CHECKING:
    from ..models.read_cphulk_records_data_ips_in_list import ReadCphulkRecordsDataIpsInList


T = TypeVar("T", bound="ReadCphulkRecordsData")
_new_instance = object.__new__


@_attrs_define
class ReadCphulkRecordsData:
    """
    Attributes:
        ips_in_list (ReadCphulkRecordsDataIpsInList | Unset):
        list_name (str | Unset):
        requester_ip (str | Unset):
        requester_ip_is_whitelisted (int | Unset):
        restart_ssh (int | Unset):
        warning_ip (str | Unset):
        warning_ssh (str | Unset):
    """

    ips_in_list: ReadCphulkRecordsDataIpsInList | Unset = UNSET
    list_name: str | Unset = UNSET
    requester_ip: str | Unset = UNSET
    requester_ip_is_whitelisted: int | Unset = UNSET
    restart_ssh: int | Unset = UNSET
    warning_ip: str | Unset = UNSET
    warning_ssh: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        ips_in_list: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ips_in_list, Unset):
            ips_in_list = self.ips_in_list.to_dict()

        list_name = self.list_name

        requester_ip = self.requester_ip

        requester_ip_is_whitelisted = self.requester_ip_is_whitelisted

        restart_ssh = self.restart_ssh

        warning_ip = self.warning_ip

        warning_ssh = self.warning_ssh

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ips_in_list is not UNSET:
            field_dict["ips_in_list"] = ips_in_list
        if list_name is not UNSET:
            field_dict["list_name"] = list_name
        if requester_ip is not UNSET:
            field_dict["requester_ip"] = requester_ip
        if requester_ip_is_whitelisted is not UNSET:
            field_dict["requester_ip_is_whitelisted"] = requester_ip_is_whitelisted
        if restart_ssh is not UNSET:
            field_dict["restart_ssh"] = restart_ssh
        if warning_ip is not UNSET:
            field_dict["warning_ip"] = warning_ip
        if warning_ssh is not UNSET:
            field_dict["warning_ssh"] = warning_ssh

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _ips_in_list = d.pop("ips_in_list", UNSET)
        ips_in_list: ReadCphulkRecordsDataIpsInList | Unset
        if _ips_in_list.__class__ is not dict:
            _ips_in_list = read_object(_ips_in_list, "ips_in_list", False)
        ips_in_list = UNSET if _ips_in_list is UNSET else ReadCphulkRecordsDataIpsInList.from_dict(_ips_in_list)

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

        restart_ssh = d.pop("restart_ssh", UNSET)
        if restart_ssh.__class__ is not int:
            restart_ssh = read_value(restart_ssh, "restart_ssh", "integer", False)

        warning_ip = d.pop("warning_ip", UNSET)
        if warning_ip.__class__ is not str:
            warning_ip = read_value(warning_ip, "warning_ip", "string", False)

        warning_ssh = d.pop("warning_ssh", UNSET)
        if warning_ssh.__class__ is not str:
            warning_ssh = read_value(warning_ssh, "warning_ssh", "string", False)

        read_cphulk_records_data = _new_instance(cls)
        read_cphulk_records_data.ips_in_list = ips_in_list
        read_cphulk_records_data.list_name = list_name
        read_cphulk_records_data.requester_ip = requester_ip
        read_cphulk_records_data.requester_ip_is_whitelisted = requester_ip_is_whitelisted
        read_cphulk_records_data.restart_ssh = restart_ssh
        read_cphulk_records_data.warning_ip = warning_ip
        read_cphulk_records_data.warning_ssh = warning_ssh

        read_cphulk_records_data.additional_properties = dict(d) if d else {}
        return read_cphulk_records_data

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


from ..models.read_cphulk_records_data_ips_in_list import ReadCphulkRecordsDataIpsInList  # noqa: E402
