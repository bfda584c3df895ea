# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_value

T = TypeVar("T", bound="ManageFeaturesDataFeatureItem")
_new_instance = object.__new__


@_attrs_define
class ManageFeaturesDataFeatureItem:
    """
    Attributes:
        name (str | Unset):
        description (str | Unset):
        enabled (int | Unset):
        feature_key (str | Unset):
        link (str | Unset):
        recommended (int | Unset):
        vendor (str | Unset):
    """

    name: str | Unset = UNSET
    description: str | Unset = UNSET
    enabled: int | Unset = UNSET
    feature_key: str | Unset = UNSET
    link: str | Unset = UNSET
    recommended: int | Unset = UNSET
    vendor: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        name = self.name

        description = self.description

        enabled = self.enabled

        feature_key = self.feature_key

        link = self.link

        recommended = self.recommended

        vendor = self.vendor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if feature_key is not UNSET:
            field_dict["feature_key"] = feature_key
        if link is not UNSET:
            field_dict["link"] = link
        if recommended is not UNSET:
            field_dict["recommended"] = recommended
        if vendor is not UNSET:
            field_dict["vendor"] = vendor

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

        description = d.pop("description", UNSET)
        if description.__class__ is not str:
            description = read_value(description, "description", "string", False)

        enabled = d.pop("enabled", UNSET)
        if enabled.__class__ is not int:
            enabled = read_value(enabled, "enabled", "integer", False)

        feature_key = d.pop("feature_key", UNSET)
        if feature_key.__class__ is not str:
            feature_key = read_value(feature_key, "feature_key", "string", False)

        link = d.pop("link", UNSET)
        if link.__class__ is not str:
            link = read_value(link, "link", "string", False)

        recommended = d.pop("recommended", UNSET)
        if recommended.__class__ is not int:
            recommended = read_value(recommended, "recommended", "integer", False)

        vendor = d.pop("vendor", UNSET)
        if vendor.__class__ is not str:
            vendor = read_value(vendor, "vendor", "string", False)

        manage_features_data_feature_item = _new_instance(cls)
        manage_features_data_feature_item.name = name
        manage_features_data_feature_item.description = description
        manage_features_data_feature_item.enabled = enabled
        manage_features_data_feature_item.feature_key = feature_key
        manage_features_data_feature_item.link = link
        manage_features_data_feature_item.recommended = recommended
        manage_features_data_feature_item.vendor = vendor

        manage_features_data_feature_item.additional_properties = dict(d) if d else {}
        return manage_features_data_feature_item

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
