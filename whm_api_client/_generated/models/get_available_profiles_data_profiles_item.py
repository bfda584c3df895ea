# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_available_profiles_data_profiles_item_disabled_roles_item import (
        GetAvailableProfilesDataProfilesItemDisabledRolesItem,
    )
    from ..models.get_available_profiles_data_profiles_item_enabled_roles_item import (
        GetAvailableProfilesDataProfilesItemEnabledRolesItem,
    )
    from ..models.get_available_profiles_data_profiles_item_optional_roles_item import (
        GetAvailableProfilesDataProfilesItemOptionalRolesItem,
    )


T = TypeVar("T", bound="GetAvailableProfilesDataProfilesItem")


@_attrs_define
class GetAvailableProfilesDataProfilesItem:
    """
    Attributes:
        name (str | Unset):
        code (str | Unset):
        description (str | Unset):
        disabled_roles (list[GetAvailableProfilesDataProfilesItemDisabledRolesItem] | Unset):
        enabled_roles (list[GetAvailableProfilesDataProfilesItemEnabledRolesItem] | Unset):
        experimental (int | Unset):
        optional_roles (list[GetAvailableProfilesDataProfilesItemOptionalRolesItem] | Unset):
    """

    name: str | Unset = UNSET
    code: str | Unset = UNSET
    description: str | Unset = UNSET
    disabled_roles: list[GetAvailableProfilesDataProfilesItemDisabledRolesItem] | Unset = UNSET
    enabled_roles: list[GetAvailableProfilesDataProfilesItemEnabledRolesItem] | Unset = UNSET
    experimental: int | Unset = UNSET
    optional_roles: list[GetAvailableProfilesDataProfilesItemOptionalRolesItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        code = self.code

        description = self.description

        disabled_roles: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.disabled_roles, Unset):
            disabled_roles = []
            for disabled_roles_item_data in self.disabled_roles:
                disabled_roles_item = disabled_roles_item_data.to_dict()
                disabled_roles.append(disabled_roles_item)

        enabled_roles: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.enabled_roles, Unset):
            enabled_roles = []
            for enabled_roles_item_data in self.enabled_roles:
                enabled_roles_item = enabled_roles_item_data.to_dict()
                enabled_roles.append(enabled_roles_item)

        experimental = self.experimental

        optional_roles: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.optional_roles, Unset):
            optional_roles = []
            for optional_roles_item_data in self.optional_roles:
                optional_roles_item = optional_roles_item_data.to_dict()
                optional_roles.append(optional_roles_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if code is not UNSET:
            field_dict["code"] = code
        if description is not UNSET:
            field_dict["description"] = description
        if disabled_roles is not UNSET:
            field_dict["disabled_roles"] = disabled_roles
        if enabled_roles is not UNSET:
            field_dict["enabled_roles"] = enabled_roles
        if experimental is not UNSET:
            field_dict["experimental"] = experimental
        if optional_roles is not UNSET:
            field_dict["optional_roles"] = optional_roles

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)
        if name is None:
            name = UNSET
        if not isinstance(name, (str, Unset)):
            raise TypeError(f"field name: expected string, got {type(name).__name__}")

        code = d.pop("code", UNSET)
        if code is None:
            code = UNSET
        if not isinstance(code, (str, Unset)):
            raise TypeError(f"field code: expected string, got {type(code).__name__}")

        description = d.pop("description", UNSET)
        if description is None:
            description = UNSET
        if not isinstance(description, (str, Unset)):
            raise TypeError(f"field description: expected string, got {type(description).__name__}")

        _disabled_roles = d.pop("disabled_roles", UNSET)
        disabled_roles: list[GetAvailableProfilesDataProfilesItemDisabledRolesItem] | Unset = UNSET
        if _disabled_roles is not None and not isinstance(_disabled_roles, Unset):  # null reads as UNSET
            if not isinstance(_disabled_roles, list):
                raise TypeError(f"field disabled_roles: expected array, got {type(_disabled_roles).__name__}")
            disabled_roles = []
            for disabled_roles_item_data in _disabled_roles:
                _disabled_roles_item = disabled_roles_item_data
                if not isinstance(_disabled_roles_item, dict):
                    raise TypeError(
                        f"field disabled_roles_item: expected object, got {type(_disabled_roles_item).__name__}"
                    )
                disabled_roles_item = GetAvailableProfilesDataProfilesItemDisabledRolesItem.from_dict(
                    _disabled_roles_item
                )

                disabled_roles.append(disabled_roles_item)

        _enabled_roles = d.pop("enabled_roles", UNSET)
        enabled_roles: list[GetAvailableProfilesDataProfilesItemEnabledRolesItem] | Unset = UNSET
        if _enabled_roles is not None and not isinstance(_enabled_roles, Unset):  # null reads as UNSET
            if not isinstance(_enabled_roles, list):
                raise TypeError(f"field enabled_roles: expected array, got {type(_enabled_roles).__name__}")
            enabled_roles = []
            for enabled_roles_item_data in _enabled_roles:
                _enabled_roles_item = enabled_roles_item_data
                if not isinstance(_enabled_roles_item, dict):
                    raise TypeError(
                        f"field enabled_roles_item: expected object, got {type(_enabled_roles_item).__name__}"
                    )
                enabled_roles_item = GetAvailableProfilesDataProfilesItemEnabledRolesItem.from_dict(_enabled_roles_item)

                enabled_roles.append(enabled_roles_item)

        experimental = d.pop("experimental", UNSET)
        if experimental is None:
            experimental = UNSET
        if not isinstance(experimental, (int, Unset)):
            raise TypeError(f"field experimental: expected integer, got {type(experimental).__name__}")

        _optional_roles = d.pop("optional_roles", UNSET)
        optional_roles: list[GetAvailableProfilesDataProfilesItemOptionalRolesItem] | Unset = UNSET
        if _optional_roles is not None and not isinstance(_optional_roles, Unset):  # null reads as UNSET
            if not isinstance(_optional_roles, list):
                raise TypeError(f"field optional_roles: expected array, got {type(_optional_roles).__name__}")
            optional_roles = []
            for optional_roles_item_data in _optional_roles:
                _optional_roles_item = optional_roles_item_data
                if not isinstance(_optional_roles_item, dict):
                    raise TypeError(
                        f"field optional_roles_item: expected object, got {type(_optional_roles_item).__name__}"
                    )
                optional_roles_item = GetAvailableProfilesDataProfilesItemOptionalRolesItem.from_dict(
                    _optional_roles_item
                )

                optional_roles.append(optional_roles_item)

        get_available_profiles_data_profiles_item = cls(
            name=name,
            code=code,
            description=description,
            disabled_roles=disabled_roles,
            enabled_roles=enabled_roles,
            experimental=experimental,
            optional_roles=optional_roles,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        get_available_profiles_data_profiles_item.additional_properties = additional_properties
        return get_available_profiles_data_profiles_item

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


from ..models.get_available_profiles_data_profiles_item_disabled_roles_item import (
    GetAvailableProfilesDataProfilesItemDisabledRolesItem,  # noqa: E402
)
from ..models.get_available_profiles_data_profiles_item_enabled_roles_item import (
    GetAvailableProfilesDataProfilesItemEnabledRolesItem,  # noqa: E402
)
from ..models.get_available_profiles_data_profiles_item_optional_roles_item import (
    GetAvailableProfilesDataProfilesItemOptionalRolesItem,  # noqa: E402
)
