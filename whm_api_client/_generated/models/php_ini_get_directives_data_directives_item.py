# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_value

T = TypeVar("T", bound="PhpIniGetDirectivesDataDirectivesItem")
_new_instance = object.__new__


@_attrs_define
class PhpIniGetDirectivesDataDirectivesItem:
    """
    Attributes:
        type_ (str | Unset):
        default_value (str | Unset):
        info (str | Unset):
        key (str | Unset):
        php_ini_mode (str | Unset):
        value (str | Unset):
    """

    type_: str | Unset = UNSET
    default_value: str | Unset = UNSET
    info: str | Unset = UNSET
    key: str | Unset = UNSET
    php_ini_mode: str | Unset = UNSET
    value: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        type_ = self.type_

        default_value = self.default_value

        info = self.info

        key = self.key

        php_ini_mode = self.php_ini_mode

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if default_value is not UNSET:
            field_dict["default_value"] = default_value
        if info is not UNSET:
            field_dict["info"] = info
        if key is not UNSET:
            field_dict["key"] = key
        if php_ini_mode is not UNSET:
            field_dict["php_ini_mode"] = php_ini_mode
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = d.pop("type", UNSET)
        if type_.__class__ is not str:
            type_ = read_value(type_, "type", "string", False)

        default_value = d.pop("default_value", UNSET)
        if default_value.__class__ is not str:
            default_value = read_value(default_value, "default_value", "string", False)

        info = d.pop("info", UNSET)
        if info.__class__ is not str:
            info = read_value(info, "info", "string", False)

        key = d.pop("key", UNSET)
        if key.__class__ is not str:
            key = read_value(key, "key", "string", False)

        php_ini_mode = d.pop("php_ini_mode", UNSET)
        if php_ini_mode.__class__ is not str:
            php_ini_mode = read_value(php_ini_mode, "php_ini_mode", "string", False)

        value = d.pop("value", UNSET)
        if value.__class__ is not str:
            value = read_value(value, "value", "string", False)

        php_ini_get_directives_data_directives_item = _new_instance(cls)
        php_ini_get_directives_data_directives_item.type_ = type_
        php_ini_get_directives_data_directives_item.default_value = default_value
        php_ini_get_directives_data_directives_item.info = info
        php_ini_get_directives_data_directives_item.key = key
        php_ini_get_directives_data_directives_item.php_ini_mode = php_ini_mode
        php_ini_get_directives_data_directives_item.value = value

        php_ini_get_directives_data_directives_item.additional_properties = dict(d) if d else {}
        return php_ini_get_directives_data_directives_item

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
