# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ModsecGetConfigsDataConfigsItem")


@_attrs_define
class ModsecGetConfigsDataConfigsItem:
    """
    Attributes:
        active (int | Unset):
        config (str | Unset):
        vendor_id (str | Unset):
    """

    active: int | Unset = UNSET
    config: str | Unset = UNSET
    vendor_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        config = self.config

        vendor_id = self.vendor_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if active is not UNSET:
            field_dict["active"] = active
        if config is not UNSET:
            field_dict["config"] = config
        if vendor_id is not UNSET:
            field_dict["vendor_id"] = vendor_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        active = d.pop("active", UNSET)
        if active is None:
            active = UNSET
        if not isinstance(active, (int, Unset)):
            raise TypeError(f"field active: expected integer, got {type(active).__name__}")

        config = d.pop("config", UNSET)
        if config is None:
            config = UNSET
        if not isinstance(config, (str, Unset)):
            raise TypeError(f"field config: expected string, got {type(config).__name__}")

        vendor_id = d.pop("vendor_id", UNSET)
        if vendor_id is None:
            vendor_id = UNSET
        if not isinstance(vendor_id, (str, Unset)):
            raise TypeError(f"field vendor_id: expected string, got {type(vendor_id).__name__}")

        modsec_get_configs_data_configs_item = cls(
            active=active,
            config=config,
            vendor_id=vendor_id,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        modsec_get_configs_data_configs_item.additional_properties = additional_properties
        return modsec_get_configs_data_configs_item

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
