# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TicketGrantData")


@_attrs_define
class TicketGrantData:
    """
    Attributes:
        auth_status (str | Unset):
        auth_time (int | Unset):
        chain_status (str | Unset):
        csf_wl_status (str | Unset):
        host_access_wl_status (str | Unset):
        hulk_wl_status (str | Unset):
        non_fatals (list[str] | Unset):
        server_name (str | Unset):
        server_num (int | Unset):
        ssh_username (str | Unset):
        ticket_id (int | Unset):
        ticket_status (str | Unset):
    """

    auth_status: str | Unset = UNSET
    auth_time: int | Unset = UNSET
    chain_status: str | Unset = UNSET
    csf_wl_status: str | Unset = UNSET
    host_access_wl_status: str | Unset = UNSET
    hulk_wl_status: str | Unset = UNSET
    non_fatals: list[str] | Unset = UNSET
    server_name: str | Unset = UNSET
    server_num: int | Unset = UNSET
    ssh_username: str | Unset = UNSET
    ticket_id: int | Unset = UNSET
    ticket_status: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        auth_status = self.auth_status

        auth_time = self.auth_time

        chain_status = self.chain_status

        csf_wl_status = self.csf_wl_status

        host_access_wl_status = self.host_access_wl_status

        hulk_wl_status = self.hulk_wl_status

        non_fatals: list[str] | Unset = UNSET
        if not isinstance(self.non_fatals, Unset):
            non_fatals = self.non_fatals

        server_name = self.server_name

        server_num = self.server_num

        ssh_username = self.ssh_username

        ticket_id = self.ticket_id

        ticket_status = self.ticket_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if auth_status is not UNSET:
            field_dict["auth_status"] = auth_status
        if auth_time is not UNSET:
            field_dict["auth_time"] = auth_time
        if chain_status is not UNSET:
            field_dict["chain_status"] = chain_status
        if csf_wl_status is not UNSET:
            field_dict["csf_wl_status"] = csf_wl_status
        if host_access_wl_status is not UNSET:
            field_dict["host_access_wl_status"] = host_access_wl_status
        if hulk_wl_status is not UNSET:
            field_dict["hulk_wl_status"] = hulk_wl_status
        if non_fatals is not UNSET:
            field_dict["non_fatals"] = non_fatals
        if server_name is not UNSET:
            field_dict["server_name"] = server_name
        if server_num is not UNSET:
            field_dict["server_num"] = server_num
        if ssh_username is not UNSET:
            field_dict["ssh_username"] = ssh_username
        if ticket_id is not UNSET:
            field_dict["ticket_id"] = ticket_id
        if ticket_status is not UNSET:
            field_dict["ticket_status"] = ticket_status

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

        chain_status = d.pop("chain_status", UNSET)
        if chain_status is None:
            chain_status = UNSET
        if not isinstance(chain_status, (str, Unset)):
            raise TypeError(f"field chain_status: expected string, got {type(chain_status).__name__}")

        csf_wl_status = d.pop("csf_wl_status", UNSET)
        if csf_wl_status is None:
            csf_wl_status = UNSET
        if not isinstance(csf_wl_status, (str, Unset)):
            raise TypeError(f"field csf_wl_status: expected string, got {type(csf_wl_status).__name__}")

        host_access_wl_status = d.pop("host_access_wl_status", UNSET)
        if host_access_wl_status is None:
            host_access_wl_status = UNSET
        if not isinstance(host_access_wl_status, (str, Unset)):
            raise TypeError(f"field host_access_wl_status: expected string, got {type(host_access_wl_status).__name__}")

        hulk_wl_status = d.pop("hulk_wl_status", UNSET)
        if hulk_wl_status is None:
            hulk_wl_status = UNSET
        if not isinstance(hulk_wl_status, (str, Unset)):
            raise TypeError(f"field hulk_wl_status: expected string, got {type(hulk_wl_status).__name__}")

        _non_fatals = d.pop("non_fatals", UNSET)
        non_fatals: list[str] | Unset = UNSET
        if _non_fatals is not None and not isinstance(_non_fatals, Unset):  # null reads as UNSET
            if not isinstance(_non_fatals, list):
                raise TypeError(f"field non_fatals: expected array, got {type(_non_fatals).__name__}")
            non_fatals = []
            for non_fatals_item_data in _non_fatals:
                non_fatals_item = non_fatals_item_data
                if not isinstance(non_fatals_item, (str,)):
                    raise TypeError(f"field non_fatals_item: expected string, got {type(non_fatals_item).__name__}")

                non_fatals.append(non_fatals_item)

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

        ssh_username = d.pop("ssh_username", UNSET)
        if ssh_username is None:
            ssh_username = UNSET
        if not isinstance(ssh_username, (str, Unset)):
            raise TypeError(f"field ssh_username: expected string, got {type(ssh_username).__name__}")

        ticket_id = d.pop("ticket_id", UNSET)
        if ticket_id is None:
            ticket_id = UNSET
        if not isinstance(ticket_id, (int, Unset)):
            raise TypeError(f"field ticket_id: expected integer, got {type(ticket_id).__name__}")

        ticket_status = d.pop("ticket_status", UNSET)
        if ticket_status is None:
            ticket_status = UNSET
        if not isinstance(ticket_status, (str, Unset)):
            raise TypeError(f"field ticket_status: expected string, got {type(ticket_status).__name__}")

        ticket_grant_data = cls(
            auth_status=auth_status,
            auth_time=auth_time,
            chain_status=chain_status,
            csf_wl_status=csf_wl_status,
            host_access_wl_status=host_access_wl_status,
            hulk_wl_status=hulk_wl_status,
            non_fatals=non_fatals,
            server_name=server_name,
            server_num=server_num,
            ssh_username=ssh_username,
            ticket_id=ticket_id,
            ticket_status=ticket_status,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        ticket_grant_data.additional_properties = additional_properties
        return ticket_grant_data

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
