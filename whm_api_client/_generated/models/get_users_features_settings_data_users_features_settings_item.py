# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetUsersFeaturesSettingsDataUsersFeaturesSettingsItem")


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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_cpuser_setting(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                cpuser_setting_type_0 = data
                if not isinstance(cpuser_setting_type_0, (int,)):
                    raise TypeError(
                        f"field cpuser_setting_type_0: expected integer, got {type(cpuser_setting_type_0).__name__}"
                    )

                return cpuser_setting_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            cpuser_setting_type_1 = data
            if cpuser_setting_type_1 is not None:
                raise TypeError(
                    f"field cpuser_setting_type_1: expected null, got {type(cpuser_setting_type_1).__name__}"
                )

            return cpuser_setting_type_1

        cpuser_setting = _parse_cpuser_setting(d.pop("cpuser_setting", UNSET))

        feature = d.pop("feature", UNSET)
        if feature is None:
            feature = UNSET
        if not isinstance(feature, (str, Unset)):
            raise TypeError(f"field feature: expected string, got {type(feature).__name__}")

        feature_list = d.pop("feature_list", UNSET)
        if feature_list is None:
            feature_list = UNSET
        if not isinstance(feature_list, (str, Unset)):
            raise TypeError(f"field feature_list: expected string, got {type(feature_list).__name__}")

        feature_list_setting = d.pop("feature_list_setting", UNSET)
        if feature_list_setting is None:
            feature_list_setting = UNSET
        if not isinstance(feature_list_setting, (int, Unset)):
            raise TypeError(f"field feature_list_setting: expected integer, got {type(feature_list_setting).__name__}")

        user = d.pop("user", UNSET)
        if user is None:
            user = UNSET
        if not isinstance(user, (str, Unset)):
            raise TypeError(f"field user: expected string, got {type(user).__name__}")

        get_users_features_settings_data_users_features_settings_item = cls(
            cpuser_setting=cpuser_setting,
            feature=feature,
            feature_list=feature_list,
            feature_list_setting=feature_list_setting,
            user=user,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        get_users_features_settings_data_users_features_settings_item.additional_properties = additional_properties
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
