# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Ea4RecommendationsDataAdditionalPropertyItemOptionsItem")


@_attrs_define
class Ea4RecommendationsDataAdditionalPropertyItemOptionsItem:
    """
    Attributes:
        items (list[str] | Unset):
        level (str | Unset):
        recommended (bool | Unset):
        text (str | Unset):
        url (str | Unset):
    """

    items: list[str] | Unset = UNSET
    level: str | Unset = UNSET
    recommended: bool | Unset = UNSET
    text: str | Unset = UNSET
    url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        items: list[str] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = self.items

        level = self.level

        recommended = self.recommended

        text = self.text

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if items is not UNSET:
            field_dict["items"] = items
        if level is not UNSET:
            field_dict["level"] = level
        if recommended is not UNSET:
            field_dict["recommended"] = recommended
        if text is not UNSET:
            field_dict["text"] = text
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _items = d.pop("items", UNSET)
        items: list[str] | Unset = UNSET
        if _items is not None and not isinstance(_items, Unset):  # null reads as UNSET
            if not isinstance(_items, list):
                raise TypeError(f"field items: expected array, got {type(_items).__name__}")
            items = []
            for items_item_data in _items:
                items_item = items_item_data
                if not isinstance(items_item, (str,)):
                    raise TypeError(f"field items_item: expected string, got {type(items_item).__name__}")

                items.append(items_item)

        level = d.pop("level", UNSET)
        if level is None:
            level = UNSET
        if not isinstance(level, (str, Unset)):
            raise TypeError(f"field level: expected string, got {type(level).__name__}")

        recommended = d.pop("recommended", UNSET)
        if recommended is None:
            recommended = UNSET
        if not isinstance(recommended, (bool, Unset)):
            raise TypeError(f"field recommended: expected boolean, got {type(recommended).__name__}")

        text = d.pop("text", UNSET)
        if text is None:
            text = UNSET
        if not isinstance(text, (str, Unset)):
            raise TypeError(f"field text: expected string, got {type(text).__name__}")

        url = d.pop("url", UNSET)
        if url is None:
            url = UNSET
        if not isinstance(url, (str, Unset)):
            raise TypeError(f"field url: expected string, got {type(url).__name__}")

        ea_4_recommendations_data_additional_property_item_options_item = cls(
            items=items,
            level=level,
            recommended=recommended,
            text=text,
            url=url,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        ea_4_recommendations_data_additional_property_item_options_item.additional_properties = additional_properties
        return ea_4_recommendations_data_additional_property_item_options_item

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
