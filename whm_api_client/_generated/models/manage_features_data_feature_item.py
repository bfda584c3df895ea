# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ManageFeaturesDataFeatureItem")


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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)
        if name is None:
            name = UNSET
        if not isinstance(name, (str, Unset)):
            raise TypeError(f"field name: expected string, got {type(name).__name__}")

        description = d.pop("description", UNSET)
        if description is None:
            description = UNSET
        if not isinstance(description, (str, Unset)):
            raise TypeError(f"field description: expected string, got {type(description).__name__}")

        enabled = d.pop("enabled", UNSET)
        if enabled is None:
            enabled = UNSET
        if not isinstance(enabled, (int, Unset)):
            raise TypeError(f"field enabled: expected integer, got {type(enabled).__name__}")

        feature_key = d.pop("feature_key", UNSET)
        if feature_key is None:
            feature_key = UNSET
        if not isinstance(feature_key, (str, Unset)):
            raise TypeError(f"field feature_key: expected string, got {type(feature_key).__name__}")

        link = d.pop("link", UNSET)
        if link is None:
            link = UNSET
        if not isinstance(link, (str, Unset)):
            raise TypeError(f"field link: expected string, got {type(link).__name__}")

        recommended = d.pop("recommended", UNSET)
        if recommended is None:
            recommended = UNSET
        if not isinstance(recommended, (int, Unset)):
            raise TypeError(f"field recommended: expected integer, got {type(recommended).__name__}")

        vendor = d.pop("vendor", UNSET)
        if vendor is None:
            vendor = UNSET
        if not isinstance(vendor, (str, Unset)):
            raise TypeError(f"field vendor: expected string, got {type(vendor).__name__}")

        manage_features_data_feature_item = cls(
            name=name,
            description=description,
            enabled=enabled,
            feature_key=feature_key,
            link=link,
            recommended=recommended,
            vendor=vendor,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        manage_features_data_feature_item.additional_properties = additional_properties
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
