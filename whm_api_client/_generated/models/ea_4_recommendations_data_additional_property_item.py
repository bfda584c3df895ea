# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ea_4_recommendations_data_additional_property_item_options_item import (
        Ea4RecommendationsDataAdditionalPropertyItemOptionsItem,
    )


T = TypeVar("T", bound="Ea4RecommendationsDataAdditionalPropertyItem")


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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)
        if name is None:
            name = UNSET
        if not isinstance(name, (str, Unset)):
            raise TypeError(f"field name: expected string, got {type(name).__name__}")

        desc = d.pop("desc", UNSET)
        if desc is None:
            desc = UNSET
        if not isinstance(desc, (str, Unset)):
            raise TypeError(f"field desc: expected string, got {type(desc).__name__}")

        level = d.pop("level", UNSET)
        if level is None:
            level = UNSET
        if not isinstance(level, (str, Unset)):
            raise TypeError(f"field level: expected string, got {type(level).__name__}")

        on = d.pop("on", UNSET)
        if on is None:
            on = UNSET
        if not isinstance(on, (str, Unset)):
            raise TypeError(f"field on: expected string, got {type(on).__name__}")

        _options = d.pop("options", UNSET)
        options: list[Ea4RecommendationsDataAdditionalPropertyItemOptionsItem] | Unset = UNSET
        if _options is not None and not isinstance(_options, Unset):  # null reads as UNSET
            if not isinstance(_options, list):
                raise TypeError(f"field options: expected array, got {type(_options).__name__}")
            options = []
            for options_item_data in _options:
                _options_item = options_item_data
                if not isinstance(_options_item, dict):
                    raise TypeError(f"field options_item: expected object, got {type(_options_item).__name__}")
                options_item = Ea4RecommendationsDataAdditionalPropertyItemOptionsItem.from_dict(_options_item)

                options.append(options_item)

        url = d.pop("url", UNSET)
        if url is None:
            url = UNSET
        if not isinstance(url, (str, Unset)):
            raise TypeError(f"field url: expected string, got {type(url).__name__}")

        ea_4_recommendations_data_additional_property_item = cls(
            name=name,
            desc=desc,
            level=level,
            on=on,
            options=options,
            url=url,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        ea_4_recommendations_data_additional_property_item.additional_properties = additional_properties
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
