# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_list, read_object

if TYPE_CHECKING:
    from ..models.get_users_features_settings_data_users_features_settings_item import (
        GetUsersFeaturesSettingsDataUsersFeaturesSettingsItem,
    )


T = TypeVar("T", bound="GetUsersFeaturesSettingsData")
_new_instance = object.__new__


@_attrs_define
class GetUsersFeaturesSettingsData:
    """
    Attributes:
        users_features_settings (list[GetUsersFeaturesSettingsDataUsersFeaturesSettingsItem] | Unset):
    """

    users_features_settings: list[GetUsersFeaturesSettingsDataUsersFeaturesSettingsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        users_features_settings: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.users_features_settings, Unset):
            users_features_settings = []
            for users_features_settings_item_data in self.users_features_settings:
                users_features_settings_item = users_features_settings_item_data.to_dict()
                users_features_settings.append(users_features_settings_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if users_features_settings is not UNSET:
            field_dict["users_features_settings"] = users_features_settings

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _users_features_settings = d.pop("users_features_settings", UNSET)
        if _users_features_settings.__class__ is not list:
            _users_features_settings = read_list(_users_features_settings, "users_features_settings", False)
        users_features_settings: list[GetUsersFeaturesSettingsDataUsersFeaturesSettingsItem] | Unset = UNSET
        if _users_features_settings is not UNSET:
            users_features_settings = []
            for users_features_settings_item_data in _users_features_settings:
                _users_features_settings_item = users_features_settings_item_data
                if _users_features_settings_item.__class__ is not dict:
                    _users_features_settings_item = read_object(
                        _users_features_settings_item, "users_features_settings_item", True
                    )
                users_features_settings_item = GetUsersFeaturesSettingsDataUsersFeaturesSettingsItem.from_dict(
                    _users_features_settings_item
                )

                users_features_settings.append(users_features_settings_item)

        get_users_features_settings_data = _new_instance(cls)
        get_users_features_settings_data.users_features_settings = users_features_settings

        get_users_features_settings_data.additional_properties = dict(d) if d else {}
        return get_users_features_settings_data

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


from ..models.get_users_features_settings_data_users_features_settings_item import (
    GetUsersFeaturesSettingsDataUsersFeaturesSettingsItem,  # noqa: E402
)
