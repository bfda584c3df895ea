# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetMarketProvidersCommissionConfigDataPayloadItem")


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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        local_commission_id = d.pop("local_commission_id", UNSET)
        if local_commission_id is None:
            local_commission_id = UNSET
        if not isinstance(local_commission_id, (str, Unset)):
            raise TypeError(f"field local_commission_id: expected string, got {type(local_commission_id).__name__}")

        provider_display_name = d.pop("provider_display_name", UNSET)
        if provider_display_name is None:
            provider_display_name = UNSET
        if not isinstance(provider_display_name, (str, Unset)):
            raise TypeError(f"field provider_display_name: expected string, got {type(provider_display_name).__name__}")

        provider_name = d.pop("provider_name", UNSET)
        if provider_name is None:
            provider_name = UNSET
        if not isinstance(provider_name, (str, Unset)):
            raise TypeError(f"field provider_name: expected string, got {type(provider_name).__name__}")

        remote_commission_id = d.pop("remote_commission_id", UNSET)
        if remote_commission_id is None:
            remote_commission_id = UNSET
        if not isinstance(remote_commission_id, (str, Unset)):
            raise TypeError(f"field remote_commission_id: expected string, got {type(remote_commission_id).__name__}")

        get_market_providers_commission_config_data_payload_item = cls(
            local_commission_id=local_commission_id,
            provider_display_name=provider_display_name,
            provider_name=provider_name,
            remote_commission_id=remote_commission_id,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        get_market_providers_commission_config_data_payload_item.additional_properties = additional_properties
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
