# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_list, read_object

if TYPE_CHECKING:
    from ..models.get_available_profiles_data_profiles_item import GetAvailableProfilesDataProfilesItem


T = TypeVar("T", bound="GetAvailableProfilesData")
_new_instance = object.__new__


@_attrs_define
class GetAvailableProfilesData:
    """
    Attributes:
        profiles (list[GetAvailableProfilesDataProfilesItem] | Unset):
    """

    profiles: list[GetAvailableProfilesDataProfilesItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        profiles: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.profiles, Unset):
            profiles = []
            for profiles_item_data in self.profiles:
                profiles_item = profiles_item_data.to_dict()
                profiles.append(profiles_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if profiles is not UNSET:
            field_dict["profiles"] = profiles

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _profiles = d.pop("profiles", UNSET)
        if _profiles.__class__ is not list:
            _profiles = read_list(_profiles, "profiles", False)
        profiles: list[GetAvailableProfilesDataProfilesItem] | Unset = UNSET
        if _profiles is not UNSET:
            profiles = []
            for profiles_item_data in _profiles:
                _profiles_item = profiles_item_data
                if _profiles_item.__class__ is not dict:
                    _profiles_item = read_object(_profiles_item, "profiles_item", True)
                profiles_item = GetAvailableProfilesDataProfilesItem.from_dict(_profiles_item)

                profiles.append(profiles_item)

        get_available_profiles_data = _new_instance(cls)
        get_available_profiles_data.profiles = profiles

        get_available_profiles_data.additional_properties = dict(d) if d else {}
        return get_available_profiles_data

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


from ..models.get_available_profiles_data_profiles_item import GetAvailableProfilesDataProfilesItem  # noqa: E402
