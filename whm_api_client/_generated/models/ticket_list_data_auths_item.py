# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ticket_list_data_auths_item_servers_item import TicketListDataAuthsItemServersItem


T = TypeVar("T", bound="TicketListDataAuthsItem")


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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _servers = d.pop("servers", UNSET)
        servers: list[TicketListDataAuthsItemServersItem] | Unset = UNSET
        if _servers is not None and not isinstance(_servers, Unset):  # null reads as UNSET
            if not isinstance(_servers, list):
                raise TypeError(f"field servers: expected array, got {type(_servers).__name__}")
            servers = []
            for servers_item_data in _servers:
                _servers_item = servers_item_data
                if not isinstance(_servers_item, dict):
                    raise TypeError(f"field servers_item: expected object, got {type(_servers_item).__name__}")
                servers_item = TicketListDataAuthsItemServersItem.from_dict(_servers_item)

                servers.append(servers_item)

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

        ticket_subject = d.pop("ticket_subject", UNSET)
        if ticket_subject is None:
            ticket_subject = UNSET
        if not isinstance(ticket_subject, (str, Unset)):
            raise TypeError(f"field ticket_subject: expected string, got {type(ticket_subject).__name__}")

        ticket_list_data_auths_item = cls(
            servers=servers,
            ticket_id=ticket_id,
            ticket_status=ticket_status,
            ticket_subject=ticket_subject,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        ticket_list_data_auths_item.additional_properties = additional_properties
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
