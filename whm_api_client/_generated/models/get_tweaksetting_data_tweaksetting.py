# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetTweaksettingDataTweaksetting")


@_attrs_define
class GetTweaksettingDataTweaksetting:
    """
    Attributes:
        key (str | Unset):
        value (str | Unset):
    """

    key: str | Unset = UNSET
    value: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if key is not UNSET:
            field_dict["key"] = key
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        key = d.pop("key", UNSET)
        if key is None:
            key = UNSET
        if not isinstance(key, (str, Unset)):
            raise TypeError(f"field key: expected string, got {type(key).__name__}")

        value = d.pop("value", UNSET)
        if value is None:
            value = UNSET
        if not isinstance(value, (str, Unset)):
            raise TypeError(f"field value: expected string, got {type(value).__name__}")

        get_tweaksetting_data_tweaksetting = cls(
            key=key,
            value=value,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        get_tweaksetting_data_tweaksetting.additional_properties = additional_properties
        return get_tweaksetting_data_tweaksetting

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
