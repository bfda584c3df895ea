# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_list, read_object

if TYPE_CHECKING:
    from ..models.get_market_providers_product_metadata_data_product_metadata_item import (
        GetMarketProvidersProductMetadataDataProductMetadataItem,
    )


T = TypeVar("T", bound="GetMarketProvidersProductMetadataData")
_new_instance = object.__new__


@_attrs_define
class GetMarketProvidersProductMetadataData:
    """
    Attributes:
        product_metadata (list[GetMarketProvidersProductMetadataDataProductMetadataItem] | Unset):
    """

    product_metadata: list[GetMarketProvidersProductMetadataDataProductMetadataItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        product_metadata: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.product_metadata, Unset):
            product_metadata = []
            for product_metadata_item_data in self.product_metadata:
                product_metadata_item = product_metadata_item_data.to_dict()
                product_metadata.append(product_metadata_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if product_metadata is not UNSET:
            field_dict["product_metadata"] = product_metadata

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _product_metadata = d.pop("product_metadata", UNSET)
        if _product_metadata.__class__ is not list:
            _product_metadata = read_list(_product_metadata, "product_metadata", False)
        product_metadata: list[GetMarketProvidersProductMetadataDataProductMetadataItem] | Unset = UNSET
        if _product_metadata is not UNSET:
            product_metadata = []
            for product_metadata_item_data in _product_metadata:
                _product_metadata_item = product_metadata_item_data
                if _product_metadata_item.__class__ is not dict:
                    _product_metadata_item = read_object(_product_metadata_item, "product_metadata_item", True)
                product_metadata_item = GetMarketProvidersProductMetadataDataProductMetadataItem.from_dict(
                    _product_metadata_item
                )

                product_metadata.append(product_metadata_item)

        get_market_providers_product_metadata_data = _new_instance(cls)
        get_market_providers_product_metadata_data.product_metadata = product_metadata

        get_market_providers_product_metadata_data.additional_properties = dict(d) if d else {}
        return get_market_providers_product_metadata_data

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


from ..models.get_market_providers_product_metadata_data_product_metadata_item import (
    GetMarketProvidersProductMetadataDataProductMetadataItem,  # noqa: E402
)
