# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_value

T = TypeVar("T", bound="TicketWhitelistSetupData")
_new_instance = object.__new__


@_attrs_define
class TicketWhitelistSetupData:
    """
    Attributes:
        chain_status (str | Unset):
    """

    chain_status: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        chain_status = self.chain_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if chain_status is not UNSET:
            field_dict["chain_status"] = chain_status

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

        ticket_whitelist_setup_data = _new_instance(cls)
        ticket_whitelist_setup_data.chain_status = chain_status

        ticket_whitelist_setup_data.additional_properties = dict(d) if d else {}
        return ticket_whitelist_setup_data

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
