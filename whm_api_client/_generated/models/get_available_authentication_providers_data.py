# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_list, read_object

if TYPE_CHECKING:
    from ..models.get_available_authentication_providers_data_providers_item import (
        GetAvailableAuthenticationProvidersDataProvidersItem,
    )


T = TypeVar("T", bound="GetAvailableAuthenticationProvidersData")
_new_instance = object.__new__


@_attrs_define
class GetAvailableAuthenticationProvidersData:
    """
    Attributes:
        providers (list[GetAvailableAuthenticationProvidersDataProvidersItem] | Unset):
    """

    providers: list[GetAvailableAuthenticationProvidersDataProvidersItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
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

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _providers = d.pop("providers", UNSET)
        if _providers.__class__ is not list:
            _providers = read_list(_providers, "providers", False)
        providers: list[GetAvailableAuthenticationProvidersDataProvidersItem] | Unset = UNSET
        if _providers is not UNSET:
            providers = []
            for providers_item_data in _providers:
                _providers_item = providers_item_data
                if _providers_item.__class__ is not dict:
                    _providers_item = read_object(_providers_item, "providers_item", True)
                providers_item = GetAvailableAuthenticationProvidersDataProvidersItem.from_dict(_providers_item)

                providers.append(providers_item)

        get_available_authentication_providers_data = _new_instance(cls)
        get_available_authentication_providers_data.providers = providers

        get_available_authentication_providers_data.additional_properties = dict(d) if d else {}
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
