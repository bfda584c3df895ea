# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PhpIniGetDirectivesDataDirectivesItem")


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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = d.pop("type", UNSET)
        if type_ is None:
            type_ = UNSET
        if not isinstance(type_, (str, Unset)):
            raise TypeError(f"field type: expected string, got {type(type_).__name__}")

        default_value = d.pop("default_value", UNSET)
        if default_value is None:
            default_value = UNSET
        if not isinstance(default_value, (str, Unset)):
            raise TypeError(f"field default_value: expected string, got {type(default_value).__name__}")

        info = d.pop("info", UNSET)
        if info is None:
            info = UNSET
        if not isinstance(info, (str, Unset)):
            raise TypeError(f"field info: expected string, got {type(info).__name__}")

        key = d.pop("key", UNSET)
        if key is None:
            key = UNSET
        if not isinstance(key, (str, Unset)):
            raise TypeError(f"field key: expected string, got {type(key).__name__}")

        php_ini_mode = d.pop("php_ini_mode", UNSET)
        if php_ini_mode is None:
            php_ini_mode = UNSET
        if not isinstance(php_ini_mode, (str, Unset)):
            raise TypeError(f"field php_ini_mode: expected string, got {type(php_ini_mode).__name__}")

        value = d.pop("value", UNSET)
        if value is None:
            value = UNSET
        if not isinstance(value, (str, Unset)):
            raise TypeError(f"field value: expected string, got {type(value).__name__}")

        php_ini_get_directives_data_directives_item = cls(
            type_=type_,
            default_value=default_value,
            info=info,
            key=key,
            php_ini_mode=php_ini_mode,
            value=value,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        php_ini_get_directives_data_directives_item.additional_properties = additional_properties
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
