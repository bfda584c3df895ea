# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_list, read_object, read_value

if TYPE_CHECKING:
    from ..models.ticket_list_data_auths_item_servers_item import TicketListDataAuthsItemServersItem


T = TypeVar("T", bound="TicketListDataAuthsItem")
_new_instance = object.__new__


@_attrs_define
class TicketListDataAuthsItem:
    """
    Attributes:
        servers (list[TicketListDataAuthsItemServersItem] | Unset):
        ticket_id (int | Unset):
        ticket_status (str | Unset):
        ticket_subject (str | Unset):
    """

    servers: list[TicketListDataAuthsItemServersItem] | Unset = UNSET
    ticket_id: int | Unset = UNSET
    ticket_status: str | Unset = UNSET
    ticket_subject: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        servers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.servers, Unset):
            servers = []
            for servers_item_data in self.servers:
                servers_item = servers_item_data.to_dict()
                servers.append(servers_item)

        ticket_id = self.ticket_id

        ticket_status = self.ticket_status

        ticket_subject = self.ticket_subject

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if servers is not UNSET:
            field_dict["servers"] = servers
        if ticket_id is not UNSET:
            field_dict["ticket_id"] = ticket_id
        if ticket_status is not UNSET:
            field_dict["ticket_status"] = ticket_status
        if ticket_subject is not UNSET:
            field_dict["ticket_subject"] = ticket_subject

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _servers = d.pop("servers", UNSET)
        if _servers.__class__ is not list:
            _servers = read_list(_servers, "servers", False)
        servers: list[TicketListDataAuthsItemServersItem] | Unset = UNSET
        if _servers is not UNSET:
            servers = []
            for servers_item_data in _servers:
                _servers_item = servers_item_data
                if _servers_item.__class__ is not dict:
                    _servers_item = read_object(_servers_item, "servers_item", True)
                servers_item = TicketListDataAuthsItemServersItem.from_dict(_servers_item)

                servers.append(servers_item)

        ticket_id = d.pop("ticket_id", UNSET)
        if ticket_id.__class__ is not int:
            ticket_id = read_value(ticket_id, "ticket_id", "integer", False)

        ticket_status = d.pop("ticket_status", UNSET)
        if ticket_status.__class__ is not str:
            ticket_status = read_value(ticket_status, "ticket_status", "string", False)

        ticket_subject = d.pop("ticket_subject", UNSET)
        if ticket_subject.__class__ is not str:
            ticket_subject = read_value(ticket_subject, "ticket_subject", "string", False)

        ticket_list_data_auths_item = _new_instance(cls)
        ticket_list_data_auths_item.servers = servers
        ticket_list_data_auths_item.ticket_id = ticket_id
        ticket_list_data_auths_item.ticket_status = ticket_status
        ticket_list_data_auths_item.ticket_subject = ticket_subject

        ticket_list_data_auths_item.additional_properties = dict(d) if d else {}
        return ticket_list_data_auths_item

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


from ..models.ticket_list_data_auths_item_servers_item import TicketListDataAuthsItemServersItem  # noqa: E402
