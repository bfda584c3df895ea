# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_items, read_list, read_value

T = TypeVar("T", bound="TicketSshTestData")
_new_instance = object.__new__


@_attrs_define
class TicketSshTestData:
    """
    Attributes:
        non_fatals (list[str] | Unset):
        result (str | Unset):
    """

    non_fatals: list[str] | Unset = UNSET
    result: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        non_fatals: list[str] | Unset = UNSET
        if not isinstance(self.non_fatals, Unset):
            non_fatals = self.non_fatals

        result = self.result

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if non_fatals is not UNSET:
            field_dict["non_fatals"] = non_fatals
        if result is not UNSET:
            field_dict["result"] = result

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
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

        result = d.pop("result", UNSET)
        if result.__class__ is not str:
            result = read_value(result, "result", "string", False)

        ticket_ssh_test_data = _new_instance(cls)
        ticket_ssh_test_data.non_fatals = non_fatals
        ticket_ssh_test_data.result = result

        ticket_ssh_test_data.additional_properties = dict(d) if d else {}
        return ticket_ssh_test_data

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
