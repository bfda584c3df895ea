# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_available_authentication_providers_data_providers_item import (
        GetAvailableAuthenticationProvidersDataProvidersItem,
    )


T = TypeVar("T", bound="GetAvailableAuthenticationProvidersData")


@_attrs_define
class GetAvailableAuthenticationProvidersData:
    """
    Attributes:
        providers (list[GetAvailableAuthenticationProvidersDataProvidersItem] | Unset):
    """

    providers: list[GetAvailableAuthenticationProvidersDataProvidersItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        providers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.providers, Unset):
            providers = []
            for providers_item_data in self.providers:
                providers_item = providers_item_data.to_dict()
                providers.append(providers_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if providers is not UNSET:
            field_dict["providers"] = providers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _providers = d.pop("providers", UNSET)
        providers: list[GetAvailableAuthenticationProvidersDataProvidersItem] | Unset = UNSET
        if _providers is not None and not isinstance(_providers, Unset):  # null reads as UNSET
            if not isinstance(_providers, list):
                raise TypeError(f"field providers: expected array, got {type(_providers).__name__}")
            providers = []
            for providers_item_data in _providers:
                _providers_item = providers_item_data
                if not isinstance(_providers_item, dict):
                    raise TypeError(f"field providers_item: expected object, got {type(_providers_item).__name__}")
                providers_item = GetAvailableAuthenticationProvidersDataProvidersItem.from_dict(_providers_item)

                providers.append(providers_item)

        get_available_authentication_providers_data = cls(
            providers=providers,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        get_available_authentication_providers_data.additional_properties = additional_properties
        return get_available_authentication_providers_data

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


from ..models.get_available_authentication_providers_data_providers_item import (
    GetAvailableAuthenticationProvidersDataProvidersItem,  # noqa: E402
)
