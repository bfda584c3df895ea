# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_value

T = TypeVar("T", bound="GetUsersFeaturesSettingsDataUsersFeaturesSettingsItem")
_new_instance = object.__new__


@_attrs_define
class GetUsersFeaturesSettingsDataUsersFeaturesSettingsItem:
    """
    Attributes:
        cpuser_setting (int | None | Unset):
        feature (str | Unset):
        feature_list (str | Unset):
        feature_list_setting (int | Unset):
        user (str | Unset):
    """

    cpuser_setting: int | None | Unset = UNSET
    feature: str | Unset = UNSET
    feature_list: str | Unset = UNSET
    feature_list_setting: int | Unset = UNSET
    user: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        cpuser_setting: int | None | Unset
        if isinstance(self.cpuser_setting, Unset):
            cpuser_setting = UNSET
        else:
            cpuser_setting = self.cpuser_setting

        feature = self.feature

        feature_list = self.feature_list

        feature_list_setting = self.feature_list_setting

        user = self.user

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cpuser_setting is not UNSET:
            field_dict["cpuser_setting"] = cpuser_setting
        if feature is not UNSET:
            field_dict["feature"] = feature
        if feature_list is not UNSET:
            field_dict["feature_list"] = feature_list
        if feature_list_setting is not UNSET:
            field_dict["feature_list_setting"] = feature_list_setting
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cpuser_setting = d.pop("cpuser_setting", UNSET)
        if cpuser_setting.__class__ is not int and cpuser_setting is not None:
            cpuser_setting = read_value(cpuser_setting, "cpuser_setting", "integer", False)

        feature = d.pop("feature", UNSET)
        if feature.__class__ is not str:
            feature = read_value(feature, "feature", "string", False)

        feature_list = d.pop("feature_list", UNSET)
        if feature_list.__class__ is not str:
            feature_list = read_value(feature_list, "feature_list", "string", False)

        feature_list_setting = d.pop("feature_list_setting", UNSET)
        if feature_list_setting.__class__ is not int:
            feature_list_setting = read_value(feature_list_setting, "feature_list_setting", "integer", False)

        user = d.pop("user", UNSET)
        if user.__class__ is not str:
            user = read_value(user, "user", "string", False)

        get_users_features_settings_data_users_features_settings_item = _new_instance(cls)
        get_users_features_settings_data_users_features_settings_item.cpuser_setting = cpuser_setting
        get_users_features_settings_data_users_features_settings_item.feature = feature
        get_users_features_settings_data_users_features_settings_item.feature_list = feature_list
        get_users_features_settings_data_users_features_settings_item.feature_list_setting = feature_list_setting
        get_users_features_settings_data_users_features_settings_item.user = user

        get_users_features_settings_data_users_features_settings_item.additional_properties = dict(d) if d else {}
        return get_users_features_settings_data_users_features_settings_item

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
