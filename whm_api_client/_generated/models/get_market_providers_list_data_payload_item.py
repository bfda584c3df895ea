# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetMarketProvidersListDataPayloadItem")


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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)
        if name is None:
            name = UNSET
        if not isinstance(name, (str, Unset)):
            raise TypeError(f"field name: expected string, got {type(name).__name__}")

        display_name = d.pop("display_name", UNSET)
        if display_name is None:
            display_name = UNSET
        if not isinstance(display_name, (str, Unset)):
            raise TypeError(f"field display_name: expected string, got {type(display_name).__name__}")

        enabled = d.pop("enabled", UNSET)
        if enabled is None:
            enabled = UNSET
        if not isinstance(enabled, (int, Unset)):
            raise TypeError(f"field enabled: expected integer, got {type(enabled).__name__}")

        even_commission_divisor = d.pop("even_commission_divisor", UNSET)
        if even_commission_divisor is None:
            even_commission_divisor = UNSET
        if not isinstance(even_commission_divisor, (int, Unset)):
            raise TypeError(
                f"field even_commission_divisor: expected integer, got {type(even_commission_divisor).__name__}"
            )

        supports_commission = d.pop("supports_commission", UNSET)
        if supports_commission is None:
            supports_commission = UNSET
        if not isinstance(supports_commission, (int, Unset)):
            raise TypeError(f"field supports_commission: expected integer, got {type(supports_commission).__name__}")

        get_market_providers_list_data_payload_item = cls(
            name=name,
            display_name=display_name,
            enabled=enabled,
            even_commission_divisor=even_commission_divisor,
            supports_commission=supports_commission,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        get_market_providers_list_data_payload_item.additional_properties = additional_properties
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
