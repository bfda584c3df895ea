# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_value

T = TypeVar("T", bound="PhpFpmConfigGetDataConfigItem")
_new_instance = object.__new__


@_attrs_define
class PhpFpmConfigGetDataConfigItem:
    """
    Attributes:
        base_flag_name (str | Unset):
        trinary_admin_value (int | Unset):
        value (str | Unset):
    """

    base_flag_name: str | Unset = UNSET
    trinary_admin_value: int | Unset = UNSET
    value: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        base_flag_name = self.base_flag_name

        trinary_admin_value = self.trinary_admin_value

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if base_flag_name is not UNSET:
            field_dict["base_flag_name"] = base_flag_name
        if trinary_admin_value is not UNSET:
            field_dict["trinary_admin_value"] = trinary_admin_value
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        base_flag_name = d.pop("base_flag_name", UNSET)
        if base_flag_name.__class__ is not str:
            base_flag_name = read_value(base_flag_name, "base_flag_name", "string", False)

        trinary_admin_value = d.pop("trinary_admin_value", UNSET)
        if trinary_admin_value.__class__ is not int:
            trinary_admin_value = read_value(trinary_admin_value, "trinary_admin_value", "integer", False)

        value = d.pop("value", UNSET)
        if value.__class__ is not str:
            value = read_value(value, "value", "string", False)

        php_fpm_config_get_data_config_item = _new_instance(cls)
        php_fpm_config_get_data_config_item.base_flag_name = base_flag_name
        php_fpm_config_get_data_config_item.trinary_admin_value = trinary_admin_value
        php_fpm_config_get_data_config_item.value = value

        php_fpm_config_get_data_config_item.additional_properties = dict(d) if d else {}
        return php_fpm_config_get_data_config_item

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
