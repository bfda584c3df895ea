# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ModsecSetSettingDataRadioOptionsItem")


@_attrs_define
class ModsecSetSettingDataRadioOptionsItem:
    """
    Attributes:
        name (str | Unset):
        option (str | Unset):
    """

    name: str | Unset = UNSET
    option: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)
        if name is None:
            name = UNSET
        if not isinstance(name, (str, Unset)):
            raise TypeError(f"field name: expected string, got {type(name).__name__}")

        option = d.pop("option", UNSET)
        if option is None:
            option = UNSET
        if not isinstance(option, (str, Unset)):
            raise TypeError(f"field option: expected string, got {type(option).__name__}")

        modsec_set_setting_data_radio_options_item = cls(
            name=name,
            option=option,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        modsec_set_setting_data_radio_options_item.additional_properties = additional_properties
        return modsec_set_setting_data_radio_options_item

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
