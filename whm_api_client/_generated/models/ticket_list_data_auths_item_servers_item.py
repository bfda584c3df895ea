# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_value

T = TypeVar("T", bound="TicketListDataAuthsItemServersItem")
_new_instance = object.__new__


@_attrs_define
class TicketListDataAuthsItemServersItem:
    """
    Attributes:
        auth_status (str | Unset):
        auth_time (int | Unset):
        server_name (str | Unset):
        server_num (int | Unset):
        ssh (str | Unset):
        ssh_username (str | Unset):
        whm_ip (str | Unset):
    """

    auth_status: str | Unset = UNSET
    auth_time: int | Unset = UNSET
    server_name: str | Unset = UNSET
    server_num: int | Unset = UNSET
    ssh: str | Unset = UNSET
    ssh_username: str | Unset = UNSET
    whm_ip: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        auth_status = self.auth_status

        auth_time = self.auth_time

        server_name = self.server_name

        server_num = self.server_num

        ssh = self.ssh

        ssh_username = self.ssh_username

        whm_ip = self.whm_ip

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if auth_status is not UNSET:
            field_dict["auth_status"] = auth_status
        if auth_time is not UNSET:
            field_dict["auth_time"] = auth_time
        if server_name is not UNSET:
            field_dict["server_name"] = server_name
        if server_num is not UNSET:
            field_dict["server_num"] = server_num
        if ssh is not UNSET:
            field_dict["ssh"] = ssh
        if ssh_username is not UNSET:
            field_dict["ssh_username"] = ssh_username
        if whm_ip is not UNSET:
            field_dict["whm_ip"] = whm_ip

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        auth_status = d.pop("auth_status", UNSET)
        if auth_status.__class__ is not str:
            auth_status = read_value(auth_status, "auth_status", "string", False)

        auth_time = d.pop("auth_time", UNSET)
        if auth_time.__class__ is not int:
            auth_time = read_value(auth_time, "auth_time", "integer", False)

        server_name = d.pop("server_name", UNSET)
        if server_name.__class__ is not str:
            server_name = read_value(server_name, "server_name", "string", False)

        server_num = d.pop("server_num", UNSET)
        if server_num.__class__ is not int:
            server_num = read_value(server_num, "server_num", "integer", False)

        ssh = d.pop("ssh", UNSET)
        if ssh.__class__ is not str:
            ssh = read_value(ssh, "ssh", "string", False)

        ssh_username = d.pop("ssh_username", UNSET)
        if ssh_username.__class__ is not str:
            ssh_username = read_value(ssh_username, "ssh_username", "string", False)

        whm_ip = d.pop("whm_ip", UNSET)
        if whm_ip.__class__ is not str:
            whm_ip = read_value(whm_ip, "whm_ip", "string", False)

        ticket_list_data_auths_item_servers_item = _new_instance(cls)
        ticket_list_data_auths_item_servers_item.auth_status = auth_status
        ticket_list_data_auths_item_servers_item.auth_time = auth_time
        ticket_list_data_auths_item_servers_item.server_name = server_name
        ticket_list_data_auths_item_servers_item.server_num = server_num
        ticket_list_data_auths_item_servers_item.ssh = ssh
        ticket_list_data_auths_item_servers_item.ssh_username = ssh_username
        ticket_list_data_auths_item_servers_item.whm_ip = whm_ip

        ticket_list_data_auths_item_servers_item.additional_properties = dict(d) if d else {}
        return ticket_list_data_auths_item_servers_item

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
