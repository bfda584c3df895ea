# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_list, read_object, read_value

if TYPE_CHECKING:
    from ..models.ea_4_recommendations_data_additional_property_item_options_item import (
        Ea4RecommendationsDataAdditionalPropertyItemOptionsItem,
    )


T = TypeVar("T", bound="Ea4RecommendationsDataAdditionalPropertyItem")
_new_instance = object.__new__


@_attrs_define
class Ea4RecommendationsDataAdditionalPropertyItem:
    """
    Attributes:
        name (str | Unset):
        desc (str | Unset):
        level (str | Unset):
        on (str | Unset):
        options (list[Ea4RecommendationsDataAdditionalPropertyItemOptionsItem] | Unset):
        url (str | Unset):
    """

    name: str | Unset = UNSET
    desc: str | Unset = UNSET
    level: str | Unset = UNSET
    on: str | Unset = UNSET
    options: list[Ea4RecommendationsDataAdditionalPropertyItemOptionsItem] | Unset = UNSET
    url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        name = self.name

        desc = self.desc

        level = self.level

        on = self.on

        options: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = []
            for options_item_data in self.options:
                options_item = options_item_data.to_dict()
                options.append(options_item)

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if desc is not UNSET:
            field_dict["desc"] = desc
        if level is not UNSET:
            field_dict["level"] = level
        if on is not UNSET:
            field_dict["on"] = on
        if options is not UNSET:
            field_dict["options"] = options
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)
        if name.__class__ is not str:
            name = read_value(name, "name", "string", False)

        desc = d.pop("desc", UNSET)
        if desc.__class__ is not str:
            desc = read_value(desc, "desc", "string", False)

        level = d.pop("level", UNSET)
        if level.__class__ is not str:
            level = read_value(level, "level", "string", False)

        on = d.pop("on", UNSET)
        if on.__class__ is not str:
            on = read_value(on, "on", "string", False)

        _options = d.pop("options", UNSET)
        if _options.__class__ is not list:
            _options = read_list(_options, "options", False)
        options: list[Ea4RecommendationsDataAdditionalPropertyItemOptionsItem] | Unset = UNSET
        if _options is not UNSET:
            options = []
            for options_item_data in _options:
                _options_item = options_item_data
                if _options_item.__class__ is not dict:
                    _options_item = read_object(_options_item, "options_item", True)
                options_item = Ea4RecommendationsDataAdditionalPropertyItemOptionsItem.from_dict(_options_item)

                options.append(options_item)

        url = d.pop("url", UNSET)
        if url.__class__ is not str:
            url = read_value(url, "url", "string", False)

        ea_4_recommendations_data_additional_property_item = _new_instance(cls)
        ea_4_recommendations_data_additional_property_item.name = name
        ea_4_recommendations_data_additional_property_item.desc = desc
        ea_4_recommendations_data_additional_property_item.level = level
        ea_4_recommendations_data_additional_property_item.on = on
        ea_4_recommendations_data_additional_property_item.options = options
        ea_4_recommendations_data_additional_property_item.url = url

        ea_4_recommendations_data_additional_property_item.additional_properties = dict(d) if d else {}
        return ea_4_recommendations_data_additional_property_item

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


from ..models.ea_4_recommendations_data_additional_property_item_options_item import (
    Ea4RecommendationsDataAdditionalPropertyItemOptionsItem,  # noqa: E402
)
