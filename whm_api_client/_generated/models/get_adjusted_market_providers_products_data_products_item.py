# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_value

T = TypeVar("T", bound="GetAdjustedMarketProvidersProductsDataProductsItem")
_new_instance = object.__new__


@_attrs_define
class GetAdjustedMarketProvidersProductsDataProductsItem:
    """
    Attributes:
        base_name (str | Unset):
        billing_type (str | Unset):
        description (str | Unset):
        display_name (str | Unset):
        enabled (int | Unset):
        icon (str | Unset):
        icon_mime_type (str | Unset):
        license_term (int | Unset):
        max_users (int | None | Unset):
        maximum_server_price (float | None | Unset):
        minimum_server_price (float | None | Unset):
        price (float | None | Unset):
        price_unit (str | Unset):
        product (str | Unset):
        product_category (None | str | Unset):
        product_group (str | Unset):
        product_id (int | Unset):
        provider_display_name (str | Unset):
        provider_name (str | Unset):
        recommended (int | Unset):
        requires_ip (int | Unset):
    """

    base_name: str | Unset = UNSET
    billing_type: str | Unset = UNSET
    description: str | Unset = UNSET
    display_name: str | Unset = UNSET
    enabled: int | Unset = UNSET
    icon: str | Unset = UNSET
    icon_mime_type: str | Unset = UNSET
    license_term: int | Unset = UNSET
    max_users: int | None | Unset = UNSET
    maximum_server_price: float | None | Unset = UNSET
    minimum_server_price: float | None | Unset = UNSET
    price: float | None | Unset = UNSET
    price_unit: str | Unset = UNSET
    product: str | Unset = UNSET
    product_category: None | str | Unset = UNSET
    product_group: str | Unset = UNSET
    product_id: int | Unset = UNSET
    provider_display_name: str | Unset = UNSET
    provider_name: str | Unset = UNSET
    recommended: int | Unset = UNSET
    requires_ip: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        base_name = self.base_name

        billing_type = self.billing_type

        description = self.description

        display_name = self.display_name

        enabled = self.enabled

        icon = self.icon

        icon_mime_type = self.icon_mime_type

        license_term = self.license_term

        max_users: int | None | Unset
        if isinstance(self.max_users, Unset):
            max_users = UNSET
        else:
            max_users = self.max_users

        maximum_server_price: float | None | Unset
        if isinstance(self.maximum_server_price, Unset):
            maximum_server_price = UNSET
        else:
            maximum_server_price = self.maximum_server_price

        minimum_server_price: float | None | Unset
        if isinstance(self.minimum_server_price, Unset):
            minimum_server_price = UNSET
        else:
            minimum_server_price = self.minimum_server_price

        price: float | None | Unset
        if isinstance(self.price, Unset):
            price = UNSET
        else:
            price = self.price

        price_unit = self.price_unit

        product = self.product

        product_category: None | str | Unset
        if isinstance(self.product_category, Unset):
            product_category = UNSET
        else:
            product_category = self.product_category

        product_group = self.product_group

        product_id = self.product_id

        provider_display_name = self.provider_display_name

        provider_name = self.provider_name

        recommended = self.recommended

        requires_ip = self.requires_ip

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if base_name is not UNSET:
            field_dict["base_name"] = base_name
        if billing_type is not UNSET:
            field_dict["billing_type"] = billing_type
        if description is not UNSET:
            field_dict["description"] = description
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if icon is not UNSET:
            field_dict["icon"] = icon
        if icon_mime_type is not UNSET:
            field_dict["icon_mime_type"] = icon_mime_type
        if license_term is not UNSET:
            field_dict["license_term"] = license_term
        if max_users is not UNSET:
            field_dict["max_users"] = max_users
        if maximum_server_price is not UNSET:
            field_dict["maximum_server_price"] = maximum_server_price
        if minimum_server_price is not UNSET:
            field_dict["minimum_server_price"] = minimum_server_price
        if price is not UNSET:
            field_dict["price"] = price
        if price_unit is not UNSET:
            field_dict["price_unit"] = price_unit
        if product is not UNSET:
            field_dict["product"] = product
        if product_category is not UNSET:
            field_dict["product_category"] = product_category
        if product_group is not UNSET:
            field_dict["product_group"] = product_group
        if product_id is not UNSET:
            field_dict["product_id"] = product_id
        if provider_display_name is not UNSET:
            field_dict["provider_display_name"] = provider_display_name
        if provider_name is not UNSET:
            field_dict["provider_name"] = provider_name
        if recommended is not UNSET:
            field_dict["recommended"] = recommended
        if requires_ip is not UNSET:
            field_dict["requires_ip"] = requires_ip

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        base_name = d.pop("base_name", UNSET)
        if base_name.__class__ is not str:
            base_name = read_value(base_name, "base_name", "string", False)

        billing_type = d.pop("billing_type", UNSET)
        if billing_type.__class__ is not str:
            billing_type = read_value(billing_type, "billing_type", "string", False)

        description = d.pop("description", UNSET)
        if description.__class__ is not str:
            description = read_value(description, "description", "string", False)

        display_name = d.pop("display_name", UNSET)
        if display_name.__class__ is not str:
            display_name = read_value(display_name, "display_name", "string", False)

        enabled = d.pop("enabled", UNSET)
        if enabled.__class__ is not int:
            enabled = read_value(enabled, "enabled", "integer", False)

        icon = d.pop("icon", UNSET)
        if icon.__class__ is not str:
            icon = read_value(icon, "icon", "string", False)

        icon_mime_type = d.pop("icon_mime_type", UNSET)
        if icon_mime_type.__class__ is not str:
            icon_mime_type = read_value(icon_mime_type, "icon_mime_type", "string", False)

        license_term = d.pop("license_term", UNSET)
        if license_term.__class__ is not int:
            license_term = read_value(license_term, "license_term", "integer", False)

        max_users = d.pop("max_users", UNSET)
        if max_users.__class__ is not int and max_users is not None:
            max_users = read_value(max_users, "max_users", "integer", False)

        maximum_server_price = d.pop("maximum_server_price", UNSET)
        if (
            maximum_server_price.__class__ is not int
            and maximum_server_price.__class__ is not float
            and maximum_server_price is not None
        ):
            maximum_server_price = read_value(maximum_server_price, "maximum_server_price", "number", False)

        minimum_server_price = d.pop("minimum_server_price", UNSET)
        if (
            minimum_server_price.__class__ is not int
            and minimum_server_price.__class__ is not float
            and minimum_server_price is not None
        ):
            minimum_server_price = read_value(minimum_server_price, "minimum_server_price", "number", False)

        price = d.pop("price", UNSET)
        if price.__class__ is not int and price.__class__ is not float and price is not None:
            price = read_value(price, "price", "number", False)

        price_unit = d.pop("price_unit", UNSET)
        if price_unit.__class__ is not str:
            price_unit = read_value(price_unit, "price_unit", "string", False)

        product = d.pop("product", UNSET)
        if product.__class__ is not str:
            product = read_value(product, "product", "string", False)

        product_category = d.pop("product_category", UNSET)
        if product_category.__class__ is not str and product_category is not None:
            product_category = read_value(product_category, "product_category", "string", False)

        product_group = d.pop("product_group", UNSET)
        if product_group.__class__ is not str:
            product_group = read_value(product_group, "product_group", "string", False)

        product_id = d.pop("product_id", UNSET)
        if product_id.__class__ is not int:
            product_id = read_value(product_id, "product_id", "integer", False)

        provider_display_name = d.pop("provider_display_name", UNSET)
        if provider_display_name.__class__ is not str:
            provider_display_name = read_value(provider_display_name, "provider_display_name", "string", False)

        provider_name = d.pop("provider_name", UNSET)
        if provider_name.__class__ is not str:
            provider_name = read_value(provider_name, "provider_name", "string", False)

        recommended = d.pop("recommended", UNSET)
        if recommended.__class__ is not int:
            recommended = read_value(recommended, "recommended", "integer", False)

        requires_ip = d.pop("requires_ip", UNSET)
        if requires_ip.__class__ is not int:
            requires_ip = read_value(requires_ip, "requires_ip", "integer", False)

        get_adjusted_market_providers_products_data_products_item = _new_instance(cls)
        get_adjusted_market_providers_products_data_products_item.base_name = base_name
        get_adjusted_market_providers_products_data_products_item.billing_type = billing_type
        get_adjusted_market_providers_products_data_products_item.description = description
        get_adjusted_market_providers_products_data_products_item.display_name = display_name
        get_adjusted_market_providers_products_data_products_item.enabled = enabled
        get_adjusted_market_providers_products_data_products_item.icon = icon
        get_adjusted_market_providers_products_data_products_item.icon_mime_type = icon_mime_type
        get_adjusted_market_providers_products_data_products_item.license_term = license_term
        get_adjusted_market_providers_products_data_products_item.max_users = max_users
        get_adjusted_market_providers_products_data_products_item.maximum_server_price = maximum_server_price
        get_adjusted_market_providers_products_data_products_item.minimum_server_price = minimum_server_price
        get_adjusted_market_providers_products_data_products_item.price = price
        get_adjusted_market_providers_products_data_products_item.price_unit = price_unit
        get_adjusted_market_providers_products_data_products_item.product = product
        get_adjusted_market_providers_products_data_products_item.product_category = product_category
        get_adjusted_market_providers_products_data_products_item.product_group = product_group
        get_adjusted_market_providers_products_data_products_item.product_id = product_id
        get_adjusted_market_providers_products_data_products_item.provider_display_name = provider_display_name
        get_adjusted_market_providers_products_data_products_item.provider_name = provider_name
        get_adjusted_market_providers_products_data_products_item.recommended = recommended
        get_adjusted_market_providers_products_data_products_item.requires_ip = requires_ip

        get_adjusted_market_providers_products_data_products_item.additional_properties = dict(d) if d else {}
        return get_adjusted_market_providers_products_data_products_item

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
