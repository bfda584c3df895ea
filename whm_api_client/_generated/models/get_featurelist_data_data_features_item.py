# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetFeaturelistDataDataFeaturesItem")


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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)
        if name is None:
            name = UNSET
        if not isinstance(name, (str, Unset)):
            raise TypeError(f"field name: expected string, got {type(name).__name__}")

        badge_class = d.pop("badge_class", UNSET)
        if badge_class is None:
            badge_class = UNSET
        if not isinstance(badge_class, (str, Unset)):
            raise TypeError(f"field badge_class: expected string, got {type(badge_class).__name__}")

        badge_label = d.pop("badge_label", UNSET)
        if badge_label is None:
            badge_label = UNSET
        if not isinstance(badge_label, (str, Unset)):
            raise TypeError(f"field badge_label: expected string, got {type(badge_label).__name__}")

        _dependencies = d.pop("dependencies", UNSET)
        dependencies: list[str] | Unset = UNSET
        if _dependencies is not None and not isinstance(_dependencies, Unset):  # null reads as UNSET
            if not isinstance(_dependencies, list):
                raise TypeError(f"field dependencies: expected array, got {type(_dependencies).__name__}")
            dependencies = []
            for dependencies_item_data in _dependencies:
                dependencies_item = dependencies_item_data
                if not isinstance(dependencies_item, (str,)):
                    raise TypeError(f"field dependencies_item: expected string, got {type(dependencies_item).__name__}")

                dependencies.append(dependencies_item)

        id = d.pop("id", UNSET)
        if id is None:
            id = UNSET
        if not isinstance(id, (str, Unset)):
            raise TypeError(f"field id: expected string, got {type(id).__name__}")

        is_disabled = d.pop("is_disabled", UNSET)
        if is_disabled is None:
            is_disabled = UNSET
        if not isinstance(is_disabled, (int, Unset)):
            raise TypeError(f"field is_disabled: expected integer, got {type(is_disabled).__name__}")

        def _parse_is_meridian_only(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                is_meridian_only_type_0 = data
                if not isinstance(is_meridian_only_type_0, (int,)):
                    raise TypeError(
                        f"field is_meridian_only_type_0: expected integer, got {type(is_meridian_only_type_0).__name__}"
                    )

                return is_meridian_only_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            is_meridian_only_type_1 = data
            if is_meridian_only_type_1 is not None:
                raise TypeError(
                    f"field is_meridian_only_type_1: expected null, got {type(is_meridian_only_type_1).__name__}"
                )

            return is_meridian_only_type_1

        is_meridian_only = _parse_is_meridian_only(d.pop("is_meridian_only", UNSET))

        is_standalone_experience = d.pop("is_standalone_experience", UNSET)
        if is_standalone_experience is None:
            is_standalone_experience = UNSET
        if not isinstance(is_standalone_experience, (int, Unset)):
            raise TypeError(
                f"field is_standalone_experience: expected integer, got {type(is_standalone_experience).__name__}"
            )

        _only_one_rules = d.pop("only_one_rules", UNSET)
        only_one_rules: list[str] | Unset = UNSET
        if _only_one_rules is not None and not isinstance(_only_one_rules, Unset):  # null reads as UNSET
            if not isinstance(_only_one_rules, list):
                raise TypeError(f"field only_one_rules: expected array, got {type(_only_one_rules).__name__}")
            only_one_rules = []
            for only_one_rules_item_data in _only_one_rules:
                only_one_rules_item = only_one_rules_item_data
                if not isinstance(only_one_rules_item, (str,)):
                    raise TypeError(
                        f"field only_one_rules_item: expected string, got {type(only_one_rules_item).__name__}"
                    )

                only_one_rules.append(only_one_rules_item)

        redirect_url = d.pop("redirect_url", UNSET)
        if redirect_url is None:
            redirect_url = UNSET
        if not isinstance(redirect_url, (str, Unset)):
            raise TypeError(f"field redirect_url: expected string, got {type(redirect_url).__name__}")

        required_package_extension = d.pop("required_package_extension", UNSET)
        if required_package_extension is None:
            required_package_extension = UNSET
        if not isinstance(required_package_extension, (str, Unset)):
            raise TypeError(
                f"field required_package_extension: expected string, got {type(required_package_extension).__name__}"
            )

        suppress_plugin_label = d.pop("suppress_plugin_label", UNSET)
        if suppress_plugin_label is None:
            suppress_plugin_label = UNSET
        if not isinstance(suppress_plugin_label, (int, Unset)):
            raise TypeError(
                f"field suppress_plugin_label: expected integer, got {type(suppress_plugin_label).__name__}"
            )

        value = d.pop("value", UNSET)
        if value is None:
            value = UNSET
        if not isinstance(value, (int, Unset)):
            raise TypeError(f"field value: expected integer, got {type(value).__name__}")

        get_featurelist_data_data_features_item = cls(
            name=name,
            badge_class=badge_class,
            badge_label=badge_label,
            dependencies=dependencies,
            id=id,
            is_disabled=is_disabled,
            is_meridian_only=is_meridian_only,
            is_standalone_experience=is_standalone_experience,
            only_one_rules=only_one_rules,
            redirect_url=redirect_url,
            required_package_extension=required_package_extension,
            suppress_plugin_label=suppress_plugin_label,
            value=value,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        get_featurelist_data_data_features_item.additional_properties = additional_properties
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
