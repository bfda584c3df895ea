# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetAvailableProfilesDataProfilesItemDisabledRolesItem")


@_attrs_define
class GetAvailableProfilesDataProfilesItemDisabledRolesItem:
    """
    Attributes:
        name (str | Unset):
        description (str | Unset):
        module (str | Unset):
    """

    name: str | Unset = UNSET
    description: str | Unset = UNSET
    module: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        module = self.module

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if module is not UNSET:
            field_dict["module"] = module

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

        module = d.pop("module", UNSET)
        if module is None:
            module = UNSET
        if not isinstance(module, (str, Unset)):
            raise TypeError(f"field module: expected string, got {type(module).__name__}")

        get_available_profiles_data_profiles_item_disabled_roles_item = cls(
            name=name,
            description=description,
            module=module,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        get_available_profiles_data_profiles_item_disabled_roles_item.additional_properties = additional_properties
        return get_available_profiles_data_profiles_item_disabled_roles_item

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
