# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.modsec_batch_settings_data_updated_settings_item_radio_options_item import (
        ModsecBatchSettingsDataUpdatedSettingsItemRadioOptionsItem,
    )


T = TypeVar("T", bound="ModsecBatchSettingsDataUpdatedSettingsItem")


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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)
        if name is None:
            name = UNSET
        if not isinstance(name, (str, Unset)):
            raise TypeError(f"field name: expected string, got {type(name).__name__}")

        type_ = d.pop("type", UNSET)
        if type_ is None:
            type_ = UNSET
        if not isinstance(type_, (str, Unset)):
            raise TypeError(f"field type: expected string, got {type(type_).__name__}")

        default = d.pop("default", UNSET)
        if default is None:
            default = UNSET
        if not isinstance(default, (int, Unset)):
            raise TypeError(f"field default: expected integer, got {type(default).__name__}")

        description = d.pop("description", UNSET)
        if description is None:
            description = UNSET
        if not isinstance(description, (str, Unset)):
            raise TypeError(f"field description: expected string, got {type(description).__name__}")

        directive = d.pop("directive", UNSET)
        if directive is None:
            directive = UNSET
        if not isinstance(directive, (str, Unset)):
            raise TypeError(f"field directive: expected string, got {type(directive).__name__}")

        engine = d.pop("engine", UNSET)
        if engine is None:
            engine = UNSET
        if not isinstance(engine, (int, Unset)):
            raise TypeError(f"field engine: expected integer, got {type(engine).__name__}")

        _radio_options = d.pop("radio_options", UNSET)
        radio_options: list[ModsecBatchSettingsDataUpdatedSettingsItemRadioOptionsItem] | Unset = UNSET
        if _radio_options is not None and not isinstance(_radio_options, Unset):  # null reads as UNSET
            if not isinstance(_radio_options, list):
                raise TypeError(f"field radio_options: expected array, got {type(_radio_options).__name__}")
            radio_options = []
            for radio_options_item_data in _radio_options:
                _radio_options_item = radio_options_item_data
                if not isinstance(_radio_options_item, dict):
                    raise TypeError(
                        f"field radio_options_item: expected object, got {type(_radio_options_item).__name__}"
                    )
                radio_options_item = ModsecBatchSettingsDataUpdatedSettingsItemRadioOptionsItem.from_dict(
                    _radio_options_item
                )

                radio_options.append(radio_options_item)

        setting_id = d.pop("setting_id", UNSET)
        if setting_id is None:
            setting_id = UNSET
        if not isinstance(setting_id, (int, Unset)):
            raise TypeError(f"field setting_id: expected integer, got {type(setting_id).__name__}")

        state = d.pop("state", UNSET)
        if state is None:
            state = UNSET
        if not isinstance(state, (str, Unset)):
            raise TypeError(f"field state: expected string, got {type(state).__name__}")

        url = d.pop("url", UNSET)
        if url is None:
            url = UNSET
        if not isinstance(url, (str, Unset)):
            raise TypeError(f"field url: expected string, got {type(url).__name__}")

        modsec_batch_settings_data_updated_settings_item = cls(
            name=name,
            type_=type_,
            default=default,
            description=description,
            directive=directive,
            engine=engine,
            radio_options=radio_options,
            setting_id=setting_id,
            state=state,
            url=url,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        modsec_batch_settings_data_updated_settings_item.additional_properties = additional_properties
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
