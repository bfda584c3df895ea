# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_object

if TYPE_CHECKING:
    from ..models.get_provider_client_configurations_data_client_configurations import (
        GetProviderClientConfigurationsDataClientConfigurations,
    )


T = TypeVar("T", bound="GetProviderClientConfigurationsData")
_new_instance = object.__new__


@_attrs_define
class GetProviderClientConfigurationsData:
    """
    Attributes:
        client_configurations (GetProviderClientConfigurationsDataClientConfigurations | Unset):
    """

    client_configurations: GetProviderClientConfigurationsDataClientConfigurations | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        client_configurations: dict[str, Any] | Unset = UNSET
        if not isinstance(self.client_configurations, Unset):
            client_configurations = self.client_configurations.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if client_configurations is not UNSET:
            field_dict["client_configurations"] = client_configurations

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _client_configurations = d.pop("client_configurations", UNSET)
        client_configurations: GetProviderClientConfigurationsDataClientConfigurations | Unset
        if _client_configurations.__class__ is not dict:
            _client_configurations = read_object(_client_configurations, "client_configurations", False)
        client_configurations = (
            UNSET
            if _client_configurations is UNSET
            else GetProviderClientConfigurationsDataClientConfigurations.from_dict(_client_configurations)
        )

        get_provider_client_configurations_data = _new_instance(cls)
        get_provider_client_configurations_data.client_configurations = client_configurations

        get_provider_client_configurations_data.additional_properties = dict(d) if d else {}
        return get_provider_client_configurations_data

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


from ..models.get_provider_client_configurations_data_client_configurations import (
    GetProviderClientConfigurationsDataClientConfigurations,  # noqa: E402
)
