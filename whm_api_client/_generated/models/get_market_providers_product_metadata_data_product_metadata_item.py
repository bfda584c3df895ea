# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetMarketProvidersProductMetadataDataProductMetadataItem")


@_attrs_define
class GetMarketProvidersProductMetadataDataProductMetadataItem:
    """
    Attributes:
        attributes (Any | Unset):
        product_id (str | Unset):
        provider_display_name (str | Unset):
        provider_name (str | Unset):
    """

    attributes: Any | Unset = UNSET
    product_id: str | Unset = UNSET
    provider_display_name: str | Unset = UNSET
    provider_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        attributes = self.attributes

        product_id = self.product_id

        provider_display_name = self.provider_display_name

        provider_name = self.provider_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if product_id is not UNSET:
            field_dict["product_id"] = product_id
        if provider_display_name is not UNSET:
            field_dict["provider_display_name"] = provider_display_name
        if provider_name is not UNSET:
            field_dict["provider_name"] = provider_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        attributes = d.pop("attributes", UNSET)

        product_id = d.pop("product_id", UNSET)
        if product_id is None:
            product_id = UNSET
        if not isinstance(product_id, (str, Unset)):
            raise TypeError(f"field product_id: expected string, got {type(product_id).__name__}")

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

        get_market_providers_product_metadata_data_product_metadata_item = cls(
            attributes=attributes,
            product_id=product_id,
            provider_display_name=provider_display_name,
            provider_name=provider_name,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        get_market_providers_product_metadata_data_product_metadata_item.additional_properties = additional_properties
        return get_market_providers_product_metadata_data_product_metadata_item

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
