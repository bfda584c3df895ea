# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_list, read_object

if TYPE_CHECKING:
    from ..models.modsec_get_settings_data_settings_item import ModsecGetSettingsDataSettingsItem


T = TypeVar("T", bound="ModsecGetSettingsData")
_new_instance = object.__new__


@_attrs_define
class ModsecGetSettingsData:
    """
    Attributes:
        settings (list[ModsecGetSettingsDataSettingsItem] | Unset):
    """

    settings: list[ModsecGetSettingsDataSettingsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        settings: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.settings, Unset):
            settings = []
            for settings_item_data in self.settings:
                settings_item = settings_item_data.to_dict()
                settings.append(settings_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if settings is not UNSET:
            field_dict["settings"] = settings

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _settings = d.pop("settings", UNSET)
        if _settings.__class__ is not list:
            _settings = read_list(_settings, "settings", False)
        settings: list[ModsecGetSettingsDataSettingsItem] | Unset = UNSET
        if _settings is not UNSET:
            settings = []
            for settings_item_data in _settings:
                _settings_item = settings_item_data
                if _settings_item.__class__ is not dict:
                    _settings_item = read_object(_settings_item, "settings_item", True)
                settings_item = ModsecGetSettingsDataSettingsItem.from_dict(_settings_item)

                settings.append(settings_item)

        modsec_get_settings_data = _new_instance(cls)
        modsec_get_settings_data.settings = settings

        modsec_get_settings_data.additional_properties = dict(d) if d else {}
        return modsec_get_settings_data

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


from ..models.modsec_get_settings_data_settings_item import ModsecGetSettingsDataSettingsItem  # noqa: E402
