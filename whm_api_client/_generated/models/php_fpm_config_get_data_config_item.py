# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PhpFpmConfigGetDataConfigItem")


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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        base_flag_name = d.pop("base_flag_name", UNSET)
        if base_flag_name is None:
            base_flag_name = UNSET
        if not isinstance(base_flag_name, (str, Unset)):
            raise TypeError(f"field base_flag_name: expected string, got {type(base_flag_name).__name__}")

        trinary_admin_value = d.pop("trinary_admin_value", UNSET)
        if trinary_admin_value is None:
            trinary_admin_value = UNSET
        if not isinstance(trinary_admin_value, (int, Unset)):
            raise TypeError(f"field trinary_admin_value: expected integer, got {type(trinary_admin_value).__name__}")

        value = d.pop("value", UNSET)
        if value is None:
            value = UNSET
        if not isinstance(value, (str, Unset)):
            raise TypeError(f"field value: expected string, got {type(value).__name__}")

        php_fpm_config_get_data_config_item = cls(
            base_flag_name=base_flag_name,
            trinary_admin_value=trinary_admin_value,
            value=value,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        php_fpm_config_get_data_config_item.additional_properties = additional_properties
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
