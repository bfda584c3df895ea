# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import read_list, read_object

if TYPE_CHECKING:
    from ..models.ea_4_recommendations_data_additional_property_item import Ea4RecommendationsDataAdditionalPropertyItem


T = TypeVar("T", bound="Ea4RecommendationsData")
_new_instance = object.__new__


@_attrs_define
class Ea4RecommendationsData:
    additional_properties: dict[str, list[Ea4RecommendationsDataAdditionalPropertyItem]] = _attrs_field(
        init=False, factory=dict
    )

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = []
            for additional_property_item_data in prop:
                additional_property_item = additional_property_item_data.to_dict()
                field_dict[prop_name].append(additional_property_item)

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        ea_4_recommendations_data = _new_instance(cls)

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            _additional_property = prop_dict
            if _additional_property.__class__ is not list:
                _additional_property = read_list(_additional_property, "AdditionalProperty", True)
            additional_property = []
            for additional_property_item_data in _additional_property:
                _additional_property_item = additional_property_item_data
                if _additional_property_item.__class__ is not dict:
                    _additional_property_item = read_object(_additional_property_item, "AdditionalProperty_item", True)
                additional_property_item = Ea4RecommendationsDataAdditionalPropertyItem.from_dict(
                    _additional_property_item
                )

                additional_property.append(additional_property_item)

            additional_properties[prop_name] = additional_property

        ea_4_recommendations_data.additional_properties = additional_properties
        return ea_4_recommendations_data

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> list[Ea4RecommendationsDataAdditionalPropertyItem]:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: list[Ea4RecommendationsDataAdditionalPropertyItem]) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.ea_4_recommendations_data_additional_property_item import Ea4RecommendationsDataAdditionalPropertyItem  # noqa: E402
