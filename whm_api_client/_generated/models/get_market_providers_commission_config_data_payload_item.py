# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_value

T = TypeVar("T", bound="GetMarketProvidersCommissionConfigDataPayloadItem")
_new_instance = object.__new__


@_attrs_define
class GetMarketProvidersCommissionConfigDataPayloadItem:
    """
    Attributes:
        local_commission_id (str | Unset):
        provider_display_name (str | Unset):
        provider_name (str | Unset):
        remote_commission_id (str | Unset):
    """

    local_commission_id: str | Unset = UNSET
    provider_display_name: str | Unset = UNSET
    provider_name: str | Unset = UNSET
    remote_commission_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        local_commission_id = self.local_commission_id

        provider_display_name = self.provider_display_name

        provider_name = self.provider_name

        remote_commission_id = self.remote_commission_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if local_commission_id is not UNSET:
            field_dict["local_commission_id"] = local_commission_id
        if provider_display_name is not UNSET:
            field_dict["provider_display_name"] = provider_display_name
        if provider_name is not UNSET:
            field_dict["provider_name"] = provider_name
        if remote_commission_id is not UNSET:
            field_dict["remote_commission_id"] = remote_commission_id

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        local_commission_id = d.pop("local_commission_id", UNSET)
        if local_commission_id.__class__ is not str:
            local_commission_id = read_value(local_commission_id, "local_commission_id", "string", False)

        provider_display_name = d.pop("provider_display_name", UNSET)
        if provider_display_name.__class__ is not str:
            provider_display_name = read_value(provider_display_name, "provider_display_name", "string", False)

        provider_name = d.pop("provider_name", UNSET)
        if provider_name.__class__ is not str:
            provider_name = read_value(provider_name, "provider_name", "string", False)

        remote_commission_id = d.pop("remote_commission_id", UNSET)
        if remote_commission_id.__class__ is not str:
            remote_commission_id = read_value(remote_commission_id, "remote_commission_id", "string", False)

        get_market_providers_commission_config_data_payload_item = _new_instance(cls)
        get_market_providers_commission_config_data_payload_item.local_commission_id = local_commission_id
        get_market_providers_commission_config_data_payload_item.provider_display_name = provider_display_name
        get_market_providers_commission_config_data_payload_item.provider_name = provider_name
        get_market_providers_commission_config_data_payload_item.remote_commission_id = remote_commission_id

        get_market_providers_commission_config_data_payload_item.additional_properties = dict(d) if d else {}
        return get_market_providers_commission_config_data_payload_item

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
