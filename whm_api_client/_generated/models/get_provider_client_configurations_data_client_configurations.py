# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_items, read_list, read_value

T = TypeVar("T", bound="GetProviderClientConfigurationsDataClientConfigurations")
_new_instance = object.__new__


@_attrs_define
class GetProviderClientConfigurationsDataClientConfigurations:
    """
    Attributes:
        client_id (str | Unset):
        client_secret (str | Unset):
        redirect_uris (list[str] | Unset):
    """

    client_id: str | Unset = UNSET
    client_secret: str | Unset = UNSET
    redirect_uris: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        client_id = self.client_id

        client_secret = self.client_secret

        redirect_uris: list[str] | Unset = UNSET
        if not isinstance(self.redirect_uris, Unset):
            redirect_uris = self.redirect_uris

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if client_id is not UNSET:
            field_dict["client_id"] = client_id
        if client_secret is not UNSET:
            field_dict["client_secret"] = client_secret
        if redirect_uris is not UNSET:
            field_dict["redirect_uris"] = redirect_uris

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        client_id = d.pop("client_id", UNSET)
        if client_id.__class__ is not str:
            client_id = read_value(client_id, "client_id", "string", False)

        client_secret = d.pop("client_secret", UNSET)
        if client_secret.__class__ is not str:
            client_secret = read_value(client_secret, "client_secret", "string", False)

        _redirect_uris = d.pop("redirect_uris", UNSET)
        if _redirect_uris.__class__ is not list:
            _redirect_uris = read_list(_redirect_uris, "redirect_uris", False)
        redirect_uris: list[str] | Unset = UNSET
        if _redirect_uris is not UNSET:
            redirect_uris = _redirect_uris
            for _item in _redirect_uris:
                if _item.__class__ is not str:
                    redirect_uris = read_items(_redirect_uris, "redirect_uris_item", "string")
                    break

        get_provider_client_configurations_data_client_configurations = _new_instance(cls)
        get_provider_client_configurations_data_client_configurations.client_id = client_id
        get_provider_client_configurations_data_client_configurations.client_secret = client_secret
        get_provider_client_configurations_data_client_configurations.redirect_uris = redirect_uris

        get_provider_client_configurations_data_client_configurations.additional_properties = dict(d) if d else {}
        return get_provider_client_configurations_data_client_configurations

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
