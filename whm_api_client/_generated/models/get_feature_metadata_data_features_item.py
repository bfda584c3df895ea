# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetFeatureMetadataDataFeaturesItem")


@_attrs_define
class GetFeatureMetadataDataFeaturesItem:
    """
    Attributes:
        name (str | Unset):
        id (str | Unset):
        is_plugin (int | Unset):
    """

    name: str | Unset = UNSET
    id: str | Unset = UNSET
    is_plugin: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        id = self.id

        is_plugin = self.is_plugin

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if id is not UNSET:
            field_dict["id"] = id
        if is_plugin is not UNSET:
            field_dict["is_plugin"] = is_plugin

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)
        if name is None:
            name = UNSET
        if not isinstance(name, (str, Unset)):
            raise TypeError(f"field name: expected string, got {type(name).__name__}")

        id = d.pop("id", UNSET)
        if id is None:
            id = UNSET
        if not isinstance(id, (str, Unset)):
            raise TypeError(f"field id: expected string, got {type(id).__name__}")

        is_plugin = d.pop("is_plugin", UNSET)
        if is_plugin is None:
            is_plugin = UNSET
        if not isinstance(is_plugin, (int, Unset)):
            raise TypeError(f"field is_plugin: expected integer, got {type(is_plugin).__name__}")

        get_feature_metadata_data_features_item = cls(
            name=name,
            id=id,
            is_plugin=is_plugin,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        get_feature_metadata_data_features_item.additional_properties = additional_properties
        return get_feature_metadata_data_features_item

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
