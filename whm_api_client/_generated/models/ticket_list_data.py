# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ticket_list_data_auths_item import TicketListDataAuthsItem


T = TypeVar("T", bound="TicketListData")


@_attrs_define
class TicketListData:
    """
    Attributes:
        auths (list[TicketListDataAuthsItem] | Unset):
        non_fatals (list[str] | Unset):
    """

    auths: list[TicketListDataAuthsItem] | Unset = UNSET
    non_fatals: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        auths: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.auths, Unset):
            auths = []
            for auths_item_data in self.auths:
                auths_item = auths_item_data.to_dict()
                auths.append(auths_item)

        non_fatals: list[str] | Unset = UNSET
        if not isinstance(self.non_fatals, Unset):
            non_fatals = self.non_fatals

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if auths is not UNSET:
            field_dict["auths"] = auths
        if non_fatals is not UNSET:
            field_dict["non_fatals"] = non_fatals

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _auths = d.pop("auths", UNSET)
        auths: list[TicketListDataAuthsItem] | Unset = UNSET
        if _auths is not None and not isinstance(_auths, Unset):  # null reads as UNSET
            if not isinstance(_auths, list):
                raise TypeError(f"field auths: expected array, got {type(_auths).__name__}")
            auths = []
            for auths_item_data in _auths:
                _auths_item = auths_item_data
                if not isinstance(_auths_item, dict):
                    raise TypeError(f"field auths_item: expected object, got {type(_auths_item).__name__}")
                auths_item = TicketListDataAuthsItem.from_dict(_auths_item)

                auths.append(auths_item)

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

        ticket_list_data = cls(
            auths=auths,
            non_fatals=non_fatals,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        ticket_list_data.additional_properties = additional_properties
        return ticket_list_data

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


from ..models.ticket_list_data_auths_item import TicketListDataAuthsItem  # noqa: E402
