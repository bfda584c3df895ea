# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_list, read_object, read_value

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
_new_instance = object.__new__


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
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
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

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)
        if name.__class__ is not str:
            name = read_value(name, "name", "string", False)

        code = d.pop("code", UNSET)
        if code.__class__ is not str:
            code = read_value(code, "code", "string", False)

        description = d.pop("description", UNSET)
        if description.__class__ is not str:
            description = read_value(description, "description", "string", False)

        _disabled_roles = d.pop("disabled_roles", UNSET)
        if _disabled_roles.__class__ is not list:
            _disabled_roles = read_list(_disabled_roles, "disabled_roles", False)
        disabled_roles: list[GetAvailableProfilesDataProfilesItemDisabledRolesItem] | Unset = UNSET
        if _disabled_roles is not UNSET:
            disabled_roles = []
            for disabled_roles_item_data in _disabled_roles:
                _disabled_roles_item = disabled_roles_item_data
                if _disabled_roles_item.__class__ is not dict:
                    _disabled_roles_item = read_object(_disabled_roles_item, "disabled_roles_item", True)
                disabled_roles_item = GetAvailableProfilesDataProfilesItemDisabledRolesItem.from_dict(
                    _disabled_roles_item
                )

                disabled_roles.append(disabled_roles_item)

        _enabled_roles = d.pop("enabled_roles", UNSET)
        if _enabled_roles.__class__ is not list:
            _enabled_roles = read_list(_enabled_roles, "enabled_roles", False)
        enabled_roles: list[GetAvailableProfilesDataProfilesItemEnabledRolesItem] | Unset = UNSET
        if _enabled_roles is not UNSET:
            enabled_roles = []
            for enabled_roles_item_data in _enabled_roles:
                _enabled_roles_item = enabled_roles_item_data
                if _enabled_roles_item.__class__ is not dict:
                    _enabled_roles_item = read_object(_enabled_roles_item, "enabled_roles_item", True)
                enabled_roles_item = GetAvailableProfilesDataProfilesItemEnabledRolesItem.from_dict(_enabled_roles_item)

                enabled_roles.append(enabled_roles_item)

        experimental = d.pop("experimental", UNSET)
        if experimental.__class__ is not int:
            experimental = read_value(experimental, "experimental", "integer", False)

        _optional_roles = d.pop("optional_roles", UNSET)
        if _optional_roles.__class__ is not list:
            _optional_roles = read_list(_optional_roles, "optional_roles", False)
        optional_roles: list[GetAvailableProfilesDataProfilesItemOptionalRolesItem] | Unset = UNSET
        if _optional_roles is not UNSET:
            optional_roles = []
            for optional_roles_item_data in _optional_roles:
                _optional_roles_item = optional_roles_item_data
                if _optional_roles_item.__class__ is not dict:
                    _optional_roles_item = read_object(_optional_roles_item, "optional_roles_item", True)
                optional_roles_item = GetAvailableProfilesDataProfilesItemOptionalRolesItem.from_dict(
                    _optional_roles_item
                )

                optional_roles.append(optional_roles_item)

        get_available_profiles_data_profiles_item = _new_instance(cls)
        get_available_profiles_data_profiles_item.name = name
        get_available_profiles_data_profiles_item.code = code
        get_available_profiles_data_profiles_item.description = description
        get_available_profiles_data_profiles_item.disabled_roles = disabled_roles
        get_available_profiles_data_profiles_item.enabled_roles = enabled_roles
        get_available_profiles_data_profiles_item.experimental = experimental
        get_available_profiles_data_profiles_item.optional_roles = optional_roles

        get_available_profiles_data_profiles_item.additional_properties = dict(d) if d else {}
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
