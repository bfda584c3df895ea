# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_value

T = TypeVar("T", bound="GetMarketProvidersListDataPayloadItem")
_new_instance = object.__new__


@_attrs_define
class GetMarketProvidersListDataPayloadItem:
    """
    Attributes:
        name (str | Unset):
        display_name (str | Unset):
        enabled (int | Unset):
        even_commission_divisor (int | Unset):
        supports_commission (int | Unset):
    """

    name: str | Unset = UNSET
    display_name: str | Unset = UNSET
    enabled: int | Unset = UNSET
    even_commission_divisor: int | Unset = UNSET
    supports_commission: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        name = self.name

        display_name = self.display_name

        enabled = self.enabled

        even_commission_divisor = self.even_commission_divisor

        supports_commission = self.supports_commission

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if even_commission_divisor is not UNSET:
            field_dict["even_commission_divisor"] = even_commission_divisor
        if supports_commission is not UNSET:
            field_dict["supports_commission"] = supports_commission

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)
        if name.__class__ is not str:
            name = read_value(name, "name", "string", False)

        display_name = d.pop("display_name", UNSET)
        if display_name.__class__ is not str:
            display_name = read_value(display_name, "display_name", "string", False)

        enabled = d.pop("enabled", UNSET)
        if enabled.__class__ is not int:
            enabled = read_value(enabled, "enabled", "integer", False)

        even_commission_divisor = d.pop("even_commission_divisor", UNSET)
        if even_commission_divisor.__class__ is not int:
            even_commission_divisor = read_value(even_commission_divisor, "even_commission_divisor", "integer", False)

        supports_commission = d.pop("supports_commission", UNSET)
        if supports_commission.__class__ is not int:
            supports_commission = read_value(supports_commission, "supports_commission", "integer", False)

        get_market_providers_list_data_payload_item = _new_instance(cls)
        get_market_providers_list_data_payload_item.name = name
        get_market_providers_list_data_payload_item.display_name = display_name
        get_market_providers_list_data_payload_item.enabled = enabled
        get_market_providers_list_data_payload_item.even_commission_divisor = even_commission_divisor
        get_market_providers_list_data_payload_item.supports_commission = supports_commission

        get_market_providers_list_data_payload_item.additional_properties = dict(d) if d else {}
        return get_market_providers_list_data_payload_item

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
