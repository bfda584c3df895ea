# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_items, read_list, read_object

if TYPE_CHECKING:
    from ..models.ticket_list_data_auths_item import TicketListDataAuthsItem


T = TypeVar("T", bound="TicketListData")
_new_instance = object.__new__


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
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
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

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _auths = d.pop("auths", UNSET)
        if _auths.__class__ is not list:
            _auths = read_list(_auths, "auths", False)
        auths: list[TicketListDataAuthsItem] | Unset = UNSET
        if _auths is not UNSET:
            auths = []
            for auths_item_data in _auths:
                _auths_item = auths_item_data
                if _auths_item.__class__ is not dict:
                    _auths_item = read_object(_auths_item, "auths_item", True)
                auths_item = TicketListDataAuthsItem.from_dict(_auths_item)

                auths.append(auths_item)

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

        ticket_list_data = _new_instance(cls)
        ticket_list_data.auths = auths
        ticket_list_data.non_fatals = non_fatals

        ticket_list_data.additional_properties = dict(d) if d else {}
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
