# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_users_features_settings_data_users_features_settings_item import (
        GetUsersFeaturesSettingsDataUsersFeaturesSettingsItem,
    )


T = TypeVar("T", bound="GetUsersFeaturesSettingsData")


@_attrs_define
class GetUsersFeaturesSettingsData:
    """
    Attributes:
        users_features_settings (list[GetUsersFeaturesSettingsDataUsersFeaturesSettingsItem] | Unset):
    """

    users_features_settings: list[GetUsersFeaturesSettingsDataUsersFeaturesSettingsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _users_features_settings = d.pop("users_features_settings", UNSET)
        users_features_settings: list[GetUsersFeaturesSettingsDataUsersFeaturesSettingsItem] | Unset = UNSET
        if _users_features_settings is not None and not isinstance(
            _users_features_settings, Unset
        ):  # null reads as UNSET
            if not isinstance(_users_features_settings, list):
                raise TypeError(
                    f"field users_features_settings: expected array, got {type(_users_features_settings).__name__}"
                )
            users_features_settings = []
            for users_features_settings_item_data in _users_features_settings:
                _users_features_settings_item = users_features_settings_item_data
                if not isinstance(_users_features_settings_item, dict):
                    raise TypeError(
                        f"field users_features_settings_item: expected object, got {type(_users_features_settings_item).__name__}"
                    )
                users_features_settings_item = GetUsersFeaturesSettingsDataUsersFeaturesSettingsItem.from_dict(
                    _users_features_settings_item
                )

                users_features_settings.append(users_features_settings_item)

        get_users_features_settings_data = cls(
            users_features_settings=users_features_settings,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        get_users_features_settings_data.additional_properties = additional_properties
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
