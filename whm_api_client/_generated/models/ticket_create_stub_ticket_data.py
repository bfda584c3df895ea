# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TicketCreateStubTicketData")


@_attrs_define
class TicketCreateStubTicketData:
    """
    Attributes:
        secure_id (str | Unset):
        ticket_id (int | Unset):
    """

    secure_id: str | Unset = UNSET
    ticket_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        secure_id = self.secure_id

        ticket_id = self.ticket_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if secure_id is not UNSET:
            field_dict["secure_id"] = secure_id
        if ticket_id is not UNSET:
            field_dict["ticket_id"] = ticket_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        secure_id = d.pop("secure_id", UNSET)
        if secure_id is None:
            secure_id = UNSET
        if not isinstance(secure_id, (str, Unset)):
            raise TypeError(f"field secure_id: expected string, got {type(secure_id).__name__}")

        ticket_id = d.pop("ticket_id", UNSET)
        if ticket_id is None:
            ticket_id = UNSET
        if not isinstance(ticket_id, (int, Unset)):
            raise TypeError(f"field ticket_id: expected integer, got {type(ticket_id).__name__}")

        ticket_create_stub_ticket_data = cls(
            secure_id=secure_id,
            ticket_id=ticket_id,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        ticket_create_stub_ticket_data.additional_properties = additional_properties
        return ticket_create_stub_ticket_data

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
