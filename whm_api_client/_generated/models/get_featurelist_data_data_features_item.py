# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_items, read_list, read_value

T = TypeVar("T", bound="GetFeaturelistDataDataFeaturesItem")
_new_instance = object.__new__


@_attrs_define
class GetFeaturelistDataDataFeaturesItem:
    """
    Attributes:
        name (str | Unset):
        badge_class (str | Unset):
        badge_label (str | Unset):
        dependencies (list[str] | Unset):
        id (str | Unset):
        is_disabled (int | Unset):
        is_meridian_only (int | None | Unset):
        is_standalone_experience (int | Unset):
        only_one_rules (list[str] | Unset):
        redirect_url (str | Unset):
        required_package_extension (str | Unset):
        suppress_plugin_label (int | Unset):
        value (int | Unset):
    """

    name: str | Unset = UNSET
    badge_class: str | Unset = UNSET
    badge_label: str | Unset = UNSET
    dependencies: list[str] | Unset = UNSET
    id: str | Unset = UNSET
    is_disabled: int | Unset = UNSET
    is_meridian_only: int | None | Unset = UNSET
    is_standalone_experience: int | Unset = UNSET
    only_one_rules: list[str] | Unset = UNSET
    redirect_url: str | Unset = UNSET
    required_package_extension: str | Unset = UNSET
    suppress_plugin_label: int | Unset = UNSET
    value: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        name = self.name

        badge_class = self.badge_class

        badge_label = self.badge_label

        dependencies: list[str] | Unset = UNSET
        if not isinstance(self.dependencies, Unset):
            dependencies = self.dependencies

        id = self.id

        is_disabled = self.is_disabled

        is_meridian_only: int | None | Unset
        if isinstance(self.is_meridian_only, Unset):
            is_meridian_only = UNSET
        else:
            is_meridian_only = self.is_meridian_only

        is_standalone_experience = self.is_standalone_experience

        only_one_rules: list[str] | Unset = UNSET
        if not isinstance(self.only_one_rules, Unset):
            only_one_rules = self.only_one_rules

        redirect_url = self.redirect_url

        required_package_extension = self.required_package_extension

        suppress_plugin_label = self.suppress_plugin_label

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if badge_class is not UNSET:
            field_dict["badge_class"] = badge_class
        if badge_label is not UNSET:
            field_dict["badge_label"] = badge_label
        if dependencies is not UNSET:
            field_dict["dependencies"] = dependencies
        if id is not UNSET:
            field_dict["id"] = id
        if is_disabled is not UNSET:
            field_dict["is_disabled"] = is_disabled
        if is_meridian_only is not UNSET:
            field_dict["is_meridian_only"] = is_meridian_only
        if is_standalone_experience is not UNSET:
            field_dict["is_standalone_experience"] = is_standalone_experience
        if only_one_rules is not UNSET:
            field_dict["only_one_rules"] = only_one_rules
        if redirect_url is not UNSET:
            field_dict["redirect_url"] = redirect_url
        if required_package_extension is not UNSET:
            field_dict["required_package_extension"] = required_package_extension
        if suppress_plugin_label is not UNSET:
            field_dict["suppress_plugin_label"] = suppress_plugin_label
        if value is not UNSET:
            field_dict["value"] = value

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

        badge_class = d.pop("badge_class", UNSET)
        if badge_class.__class__ is not str:
            badge_class = read_value(badge_class, "badge_class", "string", False)

        badge_label = d.pop("badge_label", UNSET)
        if badge_label.__class__ is not str:
            badge_label = read_value(badge_label, "badge_label", "string", False)

        _dependencies = d.pop("dependencies", UNSET)
        if _dependencies.__class__ is not list:
            _dependencies = read_list(_dependencies, "dependencies", False)
        dependencies: list[str] | Unset = UNSET
        if _dependencies is not UNSET:
            dependencies = _dependencies
            for _item in _dependencies:
                if _item.__class__ is not str:
                    dependencies = read_items(_dependencies, "dependencies_item", "string")
                    break

        id = d.pop("id", UNSET)
        if id.__class__ is not str:
            id = read_value(id, "id", "string", False)

        is_disabled = d.pop("is_disabled", UNSET)
        if is_disabled.__class__ is not int:
            is_disabled = read_value(is_disabled, "is_disabled", "integer", False)

        is_meridian_only = d.pop("is_meridian_only", UNSET)
        if is_meridian_only.__class__ is not int and is_meridian_only is not None:
            is_meridian_only = read_value(is_meridian_only, "is_meridian_only", "integer", False)

        is_standalone_experience = d.pop("is_standalone_experience", UNSET)
        if is_standalone_experience.__class__ is not int:
            is_standalone_experience = read_value(
                is_standalone_experience, "is_standalone_experience", "integer", False
            )

        _only_one_rules = d.pop("only_one_rules", UNSET)
        if _only_one_rules.__class__ is not list:
            _only_one_rules = read_list(_only_one_rules, "only_one_rules", False)
        only_one_rules: list[str] | Unset = UNSET
        if _only_one_rules is not UNSET:
            only_one_rules = _only_one_rules
            for _item in _only_one_rules:
                if _item.__class__ is not str:
                    only_one_rules = read_items(_only_one_rules, "only_one_rules_item", "string")
                    break

        redirect_url = d.pop("redirect_url", UNSET)
        if redirect_url.__class__ is not str:
            redirect_url = read_value(redirect_url, "redirect_url", "string", False)

        required_package_extension = d.pop("required_package_extension", UNSET)
        if required_package_extension.__class__ is not str:
            required_package_extension = read_value(
                required_package_extension, "required_package_extension", "string", False
            )

        suppress_plugin_label = d.pop("suppress_plugin_label", UNSET)
        if suppress_plugin_label.__class__ is not int:
            suppress_plugin_label = read_value(suppress_plugin_label, "suppress_plugin_label", "integer", False)

        value = d.pop("value", UNSET)
        if value.__class__ is not int:
            value = read_value(value, "value", "integer", False)

        get_featurelist_data_data_features_item = _new_instance(cls)
        get_featurelist_data_data_features_item.name = name
        get_featurelist_data_data_features_item.badge_class = badge_class
        get_featurelist_data_data_features_item.badge_label = badge_label
        get_featurelist_data_data_features_item.dependencies = dependencies
        get_featurelist_data_data_features_item.id = id
        get_featurelist_data_data_features_item.is_disabled = is_disabled
        get_featurelist_data_data_features_item.is_meridian_only = is_meridian_only
        get_featurelist_data_data_features_item.is_standalone_experience = is_standalone_experience
        get_featurelist_data_data_features_item.only_one_rules = only_one_rules
        get_featurelist_data_data_features_item.redirect_url = redirect_url
        get_featurelist_data_data_features_item.required_package_extension = required_package_extension
        get_featurelist_data_data_features_item.suppress_plugin_label = suppress_plugin_label
        get_featurelist_data_data_features_item.value = value

        get_featurelist_data_data_features_item.additional_properties = dict(d) if d else {}
        return get_featurelist_data_data_features_item

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
