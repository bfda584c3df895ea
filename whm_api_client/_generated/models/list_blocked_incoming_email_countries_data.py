# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_list, read_object

if TYPE_CHECKING:
    from ..models.list_blocked_incoming_email_countries_data_countries_item import (
        ListBlockedIncomingEmailCountriesDataCountriesItem,
    )


T = TypeVar("T", bound="ListBlockedIncomingEmailCountriesData")
_new_instance = object.__new__


@_attrs_define
class ListBlockedIncomingEmailCountriesData:
    """
    Attributes:
        countries (list[ListBlockedIncomingEmailCountriesDataCountriesItem] | Unset):
    """

    countries: list[ListBlockedIncomingEmailCountriesDataCountriesItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        countries: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.countries, Unset):
            countries = []
            for countries_item_data in self.countries:
                countries_item = countries_item_data.to_dict()
                countries.append(countries_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if countries is not UNSET:
            field_dict["countries"] = countries

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _countries = d.pop("countries", UNSET)
        if _countries.__class__ is not list:
            _countries = read_list(_countries, "countries", False)
        countries: list[ListBlockedIncomingEmailCountriesDataCountriesItem] | Unset = UNSET
        if _countries is not UNSET:
            countries = []
            for countries_item_data in _countries:
                _countries_item = countries_item_data
                if _countries_item.__class__ is not dict:
                    _countries_item = read_object(_countries_item, "countries_item", True)
                countries_item = ListBlockedIncomingEmailCountriesDataCountriesItem.from_dict(_countries_item)

                countries.append(countries_item)

        list_blocked_incoming_email_countries_data = _new_instance(cls)
        list_blocked_incoming_email_countries_data.countries = countries

        list_blocked_incoming_email_countries_data.additional_properties = dict(d) if d else {}
        return list_blocked_incoming_email_countries_data

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


from ..models.list_blocked_incoming_email_countries_data_countries_item import (
    ListBlockedIncomingEmailCountriesDataCountriesItem,  # noqa: E402
)
