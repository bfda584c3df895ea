# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetAdjustedMarketProvidersProductsDataProductsItem")


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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        base_name = d.pop("base_name", UNSET)
        if base_name is None:
            base_name = UNSET
        if not isinstance(base_name, (str, Unset)):
            raise TypeError(f"field base_name: expected string, got {type(base_name).__name__}")

        billing_type = d.pop("billing_type", UNSET)
        if billing_type is None:
            billing_type = UNSET
        if not isinstance(billing_type, (str, Unset)):
            raise TypeError(f"field billing_type: expected string, got {type(billing_type).__name__}")

        description = d.pop("description", UNSET)
        if description is None:
            description = UNSET
        if not isinstance(description, (str, Unset)):
            raise TypeError(f"field description: expected string, got {type(description).__name__}")

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

        icon = d.pop("icon", UNSET)
        if icon is None:
            icon = UNSET
        if not isinstance(icon, (str, Unset)):
            raise TypeError(f"field icon: expected string, got {type(icon).__name__}")

        icon_mime_type = d.pop("icon_mime_type", UNSET)
        if icon_mime_type is None:
            icon_mime_type = UNSET
        if not isinstance(icon_mime_type, (str, Unset)):
            raise TypeError(f"field icon_mime_type: expected string, got {type(icon_mime_type).__name__}")

        license_term = d.pop("license_term", UNSET)
        if license_term is None:
            license_term = UNSET
        if not isinstance(license_term, (int, Unset)):
            raise TypeError(f"field license_term: expected integer, got {type(license_term).__name__}")

        def _parse_max_users(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                max_users_type_0 = data
                if not isinstance(max_users_type_0, (int,)):
                    raise TypeError(f"field max_users_type_0: expected integer, got {type(max_users_type_0).__name__}")

                return max_users_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            max_users_type_1 = data
            if max_users_type_1 is not None:
                raise TypeError(f"field max_users_type_1: expected null, got {type(max_users_type_1).__name__}")

            return max_users_type_1

        max_users = _parse_max_users(d.pop("max_users", UNSET))

        def _parse_maximum_server_price(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, (int, float)):
                    raise TypeError()
                maximum_server_price_type_0 = data
                if not isinstance(
                    maximum_server_price_type_0,
                    (
                        int,
                        float,
                    ),
                ):
                    raise TypeError(
                        f"field maximum_server_price_type_0: expected number, got {type(maximum_server_price_type_0).__name__}"
                    )

                return maximum_server_price_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            maximum_server_price_type_1 = data
            if maximum_server_price_type_1 is not None:
                raise TypeError(
                    f"field maximum_server_price_type_1: expected null, got {type(maximum_server_price_type_1).__name__}"
                )

            return maximum_server_price_type_1

        maximum_server_price = _parse_maximum_server_price(d.pop("maximum_server_price", UNSET))

        def _parse_minimum_server_price(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, (int, float)):
                    raise TypeError()
                minimum_server_price_type_0 = data
                if not isinstance(
                    minimum_server_price_type_0,
                    (
                        int,
                        float,
                    ),
                ):
                    raise TypeError(
                        f"field minimum_server_price_type_0: expected number, got {type(minimum_server_price_type_0).__name__}"
                    )

                return minimum_server_price_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            minimum_server_price_type_1 = data
            if minimum_server_price_type_1 is not None:
                raise TypeError(
                    f"field minimum_server_price_type_1: expected null, got {type(minimum_server_price_type_1).__name__}"
                )

            return minimum_server_price_type_1

        minimum_server_price = _parse_minimum_server_price(d.pop("minimum_server_price", UNSET))

        def _parse_price(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, (int, float)):
                    raise TypeError()
                price_type_0 = data
                if not isinstance(
                    price_type_0,
                    (
                        int,
                        float,
                    ),
                ):
                    raise TypeError(f"field price_type_0: expected number, got {type(price_type_0).__name__}")

                return price_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            price_type_1 = data
            if price_type_1 is not None:
                raise TypeError(f"field price_type_1: expected null, got {type(price_type_1).__name__}")

            return price_type_1

        price = _parse_price(d.pop("price", UNSET))

        price_unit = d.pop("price_unit", UNSET)
        if price_unit is None:
            price_unit = UNSET
        if not isinstance(price_unit, (str, Unset)):
            raise TypeError(f"field price_unit: expected string, got {type(price_unit).__name__}")

        product = d.pop("product", UNSET)
        if product is None:
            product = UNSET
        if not isinstance(product, (str, Unset)):
            raise TypeError(f"field product: expected string, got {type(product).__name__}")

        def _parse_product_category(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                product_category_type_0 = data
                if not isinstance(product_category_type_0, (str,)):
                    raise TypeError(
                        f"field product_category_type_0: expected string, got {type(product_category_type_0).__name__}"
                    )

                return product_category_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            product_category_type_1 = data
            if product_category_type_1 is not None:
                raise TypeError(
                    f"field product_category_type_1: expected null, got {type(product_category_type_1).__name__}"
                )

            return product_category_type_1

        product_category = _parse_product_category(d.pop("product_category", UNSET))

        product_group = d.pop("product_group", UNSET)
        if product_group is None:
            product_group = UNSET
        if not isinstance(product_group, (str, Unset)):
            raise TypeError(f"field product_group: expected string, got {type(product_group).__name__}")

        product_id = d.pop("product_id", UNSET)
        if product_id is None:
            product_id = UNSET
        if not isinstance(product_id, (int, Unset)):
            raise TypeError(f"field product_id: expected integer, got {type(product_id).__name__}")

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

        recommended = d.pop("recommended", UNSET)
        if recommended is None:
            recommended = UNSET
        if not isinstance(recommended, (int, Unset)):
            raise TypeError(f"field recommended: expected integer, got {type(recommended).__name__}")

        requires_ip = d.pop("requires_ip", UNSET)
        if requires_ip is None:
            requires_ip = UNSET
        if not isinstance(requires_ip, (int, Unset)):
            raise TypeError(f"field requires_ip: expected integer, got {type(requires_ip).__name__}")

        get_adjusted_market_providers_products_data_products_item = cls(
            base_name=base_name,
            billing_type=billing_type,
            description=description,
            display_name=display_name,
            enabled=enabled,
            icon=icon,
            icon_mime_type=icon_mime_type,
            license_term=license_term,
            max_users=max_users,
            maximum_server_price=maximum_server_price,
            minimum_server_price=minimum_server_price,
            price=price,
            price_unit=price_unit,
            product=product,
            product_category=product_category,
            product_group=product_group,
            product_id=product_id,
            provider_display_name=provider_display_name,
            provider_name=provider_name,
            recommended=recommended,
            requires_ip=requires_ip,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        get_adjusted_market_providers_products_data_products_item.additional_properties = additional_properties
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
