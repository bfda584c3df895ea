# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_items, read_list, read_value

T = TypeVar("T", bound="TicketRevokeData")
_new_instance = object.__new__


@_attrs_define
class TicketRevokeData:
    """
    Attributes:
        chain_status (str | Unset):
        csf_wl_status (str | Unset):
        host_access_wl_status (str | Unset):
        hulk_wl_status (str | Unset):
        non_fatals (list[str] | Unset):
        revoked_keys (int | Unset):
        server_num (int | Unset):
        ssh_username (str | Unset):
        ticket_id (int | Unset):
    """

    chain_status: str | Unset = UNSET
    csf_wl_status: str | Unset = UNSET
    host_access_wl_status: str | Unset = UNSET
    hulk_wl_status: str | Unset = UNSET
    non_fatals: list[str] | Unset = UNSET
    revoked_keys: int | Unset = UNSET
    server_num: int | Unset = UNSET
    ssh_username: str | Unset = UNSET
    ticket_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        chain_status = self.chain_status

        csf_wl_status = self.csf_wl_status

        host_access_wl_status = self.host_access_wl_status

        hulk_wl_status = self.hulk_wl_status

        non_fatals: list[str] | Unset = UNSET
        if not isinstance(self.non_fatals, Unset):
            non_fatals = self.non_fatals

        revoked_keys = self.revoked_keys

        server_num = self.server_num

        ssh_username = self.ssh_username

        ticket_id = self.ticket_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
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
        if revoked_keys is not UNSET:
            field_dict["revoked_keys"] = revoked_keys
        if server_num is not UNSET:
            field_dict["server_num"] = server_num
        if ssh_username is not UNSET:
            field_dict["ssh_username"] = ssh_username
        if ticket_id is not UNSET:
            field_dict["ticket_id"] = ticket_id

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        chain_status = d.pop("chain_status", UNSET)
        if chain_status.__class__ is not str:
            chain_status = read_value(chain_status, "chain_status", "string", False)

        csf_wl_status = d.pop("csf_wl_status", UNSET)
        if csf_wl_status.__class__ is not str:
            csf_wl_status = read_value(csf_wl_status, "csf_wl_status", "string", False)

        host_access_wl_status = d.pop("host_access_wl_status", UNSET)
        if host_access_wl_status.__class__ is not str:
            host_access_wl_status = read_value(host_access_wl_status, "host_access_wl_status", "string", False)

        hulk_wl_status = d.pop("hulk_wl_status", UNSET)
        if hulk_wl_status.__class__ is not str:
            hulk_wl_status = read_value(hulk_wl_status, "hulk_wl_status", "string", False)

        _non_fatals = d.pop("non_fatals", UNSET)
        if _non_fatals.__class__ is not list:
            _non_fatals = read_list(_non_fatals, "non_fatals", False)
        non_fatals: list[str] | Unset = UNSET
        if _non_fatals is not UNSET:
            non_fatals = _non_fatals
            for _item in _non_fatals:
                if _item.__class__ is not str:
                    non_fatals = read_items(_non_fatals, "non_fatals_item", "string")
                    break

        revoked_keys = d.pop("revoked_keys", UNSET)
        if revoked_keys.__class__ is not int:
            revoked_keys = read_value(revoked_keys, "revoked_keys", "integer", False)

        server_num = d.pop("server_num", UNSET)
        if server_num.__class__ is not int:
            server_num = read_value(server_num, "server_num", "integer", False)

        ssh_username = d.pop("ssh_username", UNSET)
        if ssh_username.__class__ is not str:
            ssh_username = read_value(ssh_username, "ssh_username", "string", False)

        ticket_id = d.pop("ticket_id", UNSET)
        if ticket_id.__class__ is not int:
            ticket_id = read_value(ticket_id, "ticket_id", "integer", False)

        ticket_revoke_data = _new_instance(cls)
        ticket_revoke_data.chain_status = chain_status
        ticket_revoke_data.csf_wl_status = csf_wl_status
        ticket_revoke_data.host_access_wl_status = host_access_wl_status
        ticket_revoke_data.hulk_wl_status = hulk_wl_status
        ticket_revoke_data.non_fatals = non_fatals
        ticket_revoke_data.revoked_keys = revoked_keys
        ticket_revoke_data.server_num = server_num
        ticket_revoke_data.ssh_username = ssh_username
        ticket_revoke_data.ticket_id = ticket_id

        ticket_revoke_data.additional_properties = dict(d) if d else {}
        return ticket_revoke_data

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
