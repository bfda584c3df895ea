# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_items, read_list, read_value

T = TypeVar("T", bound="Ea4RecommendationsDataAdditionalPropertyItemOptionsItem")
_new_instance = object.__new__


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
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
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

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _items = d.pop("items", UNSET)
        if _items.__class__ is not list:
            _items = read_list(_items, "items", False)
        items: list[str] | Unset = UNSET
        if _items is not UNSET:
            items = _items
            for _item in _items:
                if _item.__class__ is not str:
                    items = read_items(_items, "items_item", "string")
                    break

        level = d.pop("level", UNSET)
        if level.__class__ is not str:
            level = read_value(level, "level", "string", False)

        recommended = d.pop("recommended", UNSET)
        if recommended.__class__ is not bool:
            recommended = read_value(recommended, "recommended", "boolean", False)

        text = d.pop("text", UNSET)
        if text.__class__ is not str:
            text = read_value(text, "text", "string", False)

        url = d.pop("url", UNSET)
        if url.__class__ is not str:
            url = read_value(url, "url", "string", False)

        ea_4_recommendations_data_additional_property_item_options_item = _new_instance(cls)
        ea_4_recommendations_data_additional_property_item_options_item.items = items
        ea_4_recommendations_data_additional_property_item_options_item.level = level
        ea_4_recommendations_data_additional_property_item_options_item.recommended = recommended
        ea_4_recommendations_data_additional_property_item_options_item.text = text
        ea_4_recommendations_data_additional_property_item_options_item.url = url

        ea_4_recommendations_data_additional_property_item_options_item.additional_properties = dict(d) if d else {}
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
