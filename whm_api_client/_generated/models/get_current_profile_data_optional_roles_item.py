# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_value

T = TypeVar("T", bound="GetCurrentProfileDataOptionalRolesItem")
_new_instance = object.__new__


@_attrs_define
class GetCurrentProfileDataOptionalRolesItem:
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
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
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

        module = d.pop("module", UNSET)
        if module.__class__ is not str:
            module = read_value(module, "module", "string", False)

        get_current_profile_data_optional_roles_item = _new_instance(cls)
        get_current_profile_data_optional_roles_item.name = name
        get_current_profile_data_optional_roles_item.description = description
        get_current_profile_data_optional_roles_item.module = module

        get_current_profile_data_optional_roles_item.additional_properties = dict(d) if d else {}
        return get_current_profile_data_optional_roles_item

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
