# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TicketSshTestData")


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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
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

        result = d.pop("result", UNSET)
        if result is None:
            result = UNSET
        if not isinstance(result, (str, Unset)):
            raise TypeError(f"field result: expected string, got {type(result).__name__}")

        ticket_ssh_test_data = cls(
            non_fatals=non_fatals,
            result=result,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        ticket_ssh_test_data.additional_properties = additional_properties
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
