# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RebuildMailSniConfigData")


@_attrs_define
class RebuildMailSniConfigData:
    """
    Attributes:
        configs_built (list[str] | Unset):
        success (int | Unset):
    """

    configs_built: list[str] | Unset = UNSET
    success: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        configs_built: list[str] | Unset = UNSET
        if not isinstance(self.configs_built, Unset):
            configs_built = self.configs_built

        success = self.success

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if configs_built is not UNSET:
            field_dict["configs_built"] = configs_built
        if success is not UNSET:
            field_dict["success"] = success

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _configs_built = d.pop("configs_built", UNSET)
        configs_built: list[str] | Unset = UNSET
        if _configs_built is not None and not isinstance(_configs_built, Unset):  # null reads as UNSET
            if not isinstance(_configs_built, list):
                raise TypeError(f"field configs_built: expected array, got {type(_configs_built).__name__}")
            configs_built = []
            for configs_built_item_data in _configs_built:
                configs_built_item = configs_built_item_data
                if not isinstance(configs_built_item, (str,)):
                    raise TypeError(
                        f"field configs_built_item: expected string, got {type(configs_built_item).__name__}"
                    )

                configs_built.append(configs_built_item)

        success = d.pop("success", UNSET)
        if success is None:
            success = UNSET
        if not isinstance(success, (int, Unset)):
            raise TypeError(f"field success: expected integer, got {type(success).__name__}")

        rebuild_mail_sni_config_data = cls(
            configs_built=configs_built,
            success=success,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        rebuild_mail_sni_config_data.additional_properties = additional_properties
        return rebuild_mail_sni_config_data

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
