# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_value

T = TypeVar("T", bound="ModsecBatchSettingsDataUpdatedSettingsItemRadioOptionsItem")
_new_instance = object.__new__


@_attrs_define
class ModsecBatchSettingsDataUpdatedSettingsItemRadioOptionsItem:
    """
    Attributes:
        name (str | Unset):
        option (str | Unset):
    """

    name: str | Unset = UNSET
    option: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        name = self.name

        option = self.option

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if option is not UNSET:
            field_dict["option"] = option

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

        option = d.pop("option", UNSET)
        if option.__class__ is not str:
            option = read_value(option, "option", "string", False)

        modsec_batch_settings_data_updated_settings_item_radio_options_item = _new_instance(cls)
        modsec_batch_settings_data_updated_settings_item_radio_options_item.name = name
        modsec_batch_settings_data_updated_settings_item_radio_options_item.option = option

        modsec_batch_settings_data_updated_settings_item_radio_options_item.additional_properties = dict(d) if d else {}
        return modsec_batch_settings_data_updated_settings_item_radio_options_item

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
