# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_list, read_object, read_value

if TYPE_CHECKING:
    from ..models.modsec_batch_settings_data_updated_settings_item_radio_options_item import (
        ModsecBatchSettingsDataUpdatedSettingsItemRadioOptionsItem,
    )


T = TypeVar("T", bound="ModsecBatchSettingsDataUpdatedSettingsItem")
_new_instance = object.__new__


@_attrs_define
class ModsecBatchSettingsDataUpdatedSettingsItem:
    """
    Attributes:
        name (str | Unset):
        type_ (str | Unset):
        default (int | Unset):
        description (str | Unset):
        directive (str | Unset):
        engine (int | Unset):
        radio_options (list[ModsecBatchSettingsDataUpdatedSettingsItemRadioOptionsItem] | Unset):
        setting_id (int | Unset):
        state (str | Unset):
        url (str | Unset):
    """

    name: str | Unset = UNSET
    type_: str | Unset = UNSET
    default: int | Unset = UNSET
    description: str | Unset = UNSET
    directive: str | Unset = UNSET
    engine: int | Unset = UNSET
    radio_options: list[ModsecBatchSettingsDataUpdatedSettingsItemRadioOptionsItem] | Unset = UNSET
    setting_id: int | Unset = UNSET
    state: str | Unset = UNSET
    url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        name = self.name

        type_ = self.type_

        default = self.default

        description = self.description

        directive = self.directive

        engine = self.engine

        radio_options: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.radio_options, Unset):
            radio_options = []
            for radio_options_item_data in self.radio_options:
                radio_options_item = radio_options_item_data.to_dict()
                radio_options.append(radio_options_item)

        setting_id = self.setting_id

        state = self.state

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if default is not UNSET:
            field_dict["default"] = default
        if description is not UNSET:
            field_dict["description"] = description
        if directive is not UNSET:
            field_dict["directive"] = directive
        if engine is not UNSET:
            field_dict["engine"] = engine
        if radio_options is not UNSET:
            field_dict["radio_options"] = radio_options
        if setting_id is not UNSET:
            field_dict["setting_id"] = setting_id
        if state is not UNSET:
            field_dict["state"] = state
        if url is not UNSET:
            field_dict["url"] = url

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

        type_ = d.pop("type", UNSET)
        if type_.__class__ is not str:
            type_ = read_value(type_, "type", "string", False)

        default = d.pop("default", UNSET)
        if default.__class__ is not int:
            default = read_value(default, "default", "integer", False)

        description = d.pop("description", UNSET)
        if description.__class__ is not str:
            description = read_value(description, "description", "string", False)

        directive = d.pop("directive", UNSET)
        if directive.__class__ is not str:
            directive = read_value(directive, "directive", "string", False)

        engine = d.pop("engine", UNSET)
        if engine.__class__ is not int:
            engine = read_value(engine, "engine", "integer", False)

        _radio_options = d.pop("radio_options", UNSET)
        if _radio_options.__class__ is not list:
            _radio_options = read_list(_radio_options, "radio_options", False)
        radio_options: list[ModsecBatchSettingsDataUpdatedSettingsItemRadioOptionsItem] | Unset = UNSET
        if _radio_options is not UNSET:
            radio_options = []
            for radio_options_item_data in _radio_options:
                _radio_options_item = radio_options_item_data
                if _radio_options_item.__class__ is not dict:
                    _radio_options_item = read_object(_radio_options_item, "radio_options_item", True)
                radio_options_item = ModsecBatchSettingsDataUpdatedSettingsItemRadioOptionsItem.from_dict(
                    _radio_options_item
                )

                radio_options.append(radio_options_item)

        setting_id = d.pop("setting_id", UNSET)
        if setting_id.__class__ is not int:
            setting_id = read_value(setting_id, "setting_id", "integer", False)

        state = d.pop("state", UNSET)
        if state.__class__ is not str:
            state = read_value(state, "state", "string", False)

        url = d.pop("url", UNSET)
        if url.__class__ is not str:
            url = read_value(url, "url", "string", False)

        modsec_batch_settings_data_updated_settings_item = _new_instance(cls)
        modsec_batch_settings_data_updated_settings_item.name = name
        modsec_batch_settings_data_updated_settings_item.type_ = type_
        modsec_batch_settings_data_updated_settings_item.default = default
        modsec_batch_settings_data_updated_settings_item.description = description
        modsec_batch_settings_data_updated_settings_item.directive = directive
        modsec_batch_settings_data_updated_settings_item.engine = engine
        modsec_batch_settings_data_updated_settings_item.radio_options = radio_options
        modsec_batch_settings_data_updated_settings_item.setting_id = setting_id
        modsec_batch_settings_data_updated_settings_item.state = state
        modsec_batch_settings_data_updated_settings_item.url = url

        modsec_batch_settings_data_updated_settings_item.additional_properties = dict(d) if d else {}
        return modsec_batch_settings_data_updated_settings_item

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


from ..models.modsec_batch_settings_data_updated_settings_item_radio_options_item import (
    ModsecBatchSettingsDataUpdatedSettingsItemRadioOptionsItem,  # noqa: E402
)
