# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PhpGetOldFpmFlagData")


@_attrs_define
class PhpGetOldFpmFlagData:
    """
    Attributes:
        old_fpm_flag (int | Unset):
    """

    old_fpm_flag: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        old_fpm_flag = self.old_fpm_flag

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if old_fpm_flag is not UNSET:
            field_dict["old_fpm_flag"] = old_fpm_flag

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        old_fpm_flag = d.pop("old_fpm_flag", UNSET)
        if old_fpm_flag is None:
            old_fpm_flag = UNSET
        if not isinstance(old_fpm_flag, (int, Unset)):
            raise TypeError(f"field old_fpm_flag: expected integer, got {type(old_fpm_flag).__name__}")

        php_get_old_fpm_flag_data = cls(
            old_fpm_flag=old_fpm_flag,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        php_get_old_fpm_flag_data.additional_properties = additional_properties
        return php_get_old_fpm_flag_data

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
