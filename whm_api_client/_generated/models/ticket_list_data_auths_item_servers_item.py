# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TicketListDataAuthsItemServersItem")


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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        auth_status = d.pop("auth_status", UNSET)
        if auth_status is None:
            auth_status = UNSET
        if not isinstance(auth_status, (str, Unset)):
            raise TypeError(f"field auth_status: expected string, got {type(auth_status).__name__}")

        auth_time = d.pop("auth_time", UNSET)
        if auth_time is None:
            auth_time = UNSET
        if not isinstance(auth_time, (int, Unset)):
            raise TypeError(f"field auth_time: expected integer, got {type(auth_time).__name__}")

        server_name = d.pop("server_name", UNSET)
        if server_name is None:
            server_name = UNSET
        if not isinstance(server_name, (str, Unset)):
            raise TypeError(f"field server_name: expected string, got {type(server_name).__name__}")

        server_num = d.pop("server_num", UNSET)
        if server_num is None:
            server_num = UNSET
        if not isinstance(server_num, (int, Unset)):
            raise TypeError(f"field server_num: expected integer, got {type(server_num).__name__}")

        ssh = d.pop("ssh", UNSET)
        if ssh is None:
            ssh = UNSET
        if not isinstance(ssh, (str, Unset)):
            raise TypeError(f"field ssh: expected string, got {type(ssh).__name__}")

        ssh_username = d.pop("ssh_username", UNSET)
        if ssh_username is None:
            ssh_username = UNSET
        if not isinstance(ssh_username, (str, Unset)):
            raise TypeError(f"field ssh_username: expected string, got {type(ssh_username).__name__}")

        whm_ip = d.pop("whm_ip", UNSET)
        if whm_ip is None:
            whm_ip = UNSET
        if not isinstance(whm_ip, (str, Unset)):
            raise TypeError(f"field whm_ip: expected string, got {type(whm_ip).__name__}")

        ticket_list_data_auths_item_servers_item = cls(
            auth_status=auth_status,
            auth_time=auth_time,
            server_name=server_name,
            server_num=server_num,
            ssh=ssh,
            ssh_username=ssh_username,
            whm_ip=whm_ip,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        ticket_list_data_auths_item_servers_item.additional_properties = additional_properties
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
