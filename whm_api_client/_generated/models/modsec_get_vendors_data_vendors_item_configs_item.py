# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_value

T = TypeVar("T", bound="ModsecGetVendorsDataVendorsItemConfigsItem")
_new_instance = object.__new__


@_attrs_define
class ModsecGetVendorsDataVendorsItemConfigsItem:
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
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
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

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        active = d.pop("active", UNSET)
        if active.__class__ is not int:
            active = read_value(active, "active", "integer", False)

        config = d.pop("config", UNSET)
        if config.__class__ is not str:
            config = read_value(config, "config", "string", False)

        vendor_id = d.pop("vendor_id", UNSET)
        if vendor_id.__class__ is not str:
            vendor_id = read_value(vendor_id, "vendor_id", "string", False)

        modsec_get_vendors_data_vendors_item_configs_item = _new_instance(cls)
        modsec_get_vendors_data_vendors_item_configs_item.active = active
        modsec_get_vendors_data_vendors_item_configs_item.config = config
        modsec_get_vendors_data_vendors_item_configs_item.vendor_id = vendor_id

        modsec_get_vendors_data_vendors_item_configs_item.additional_properties = dict(d) if d else {}
        return modsec_get_vendors_data_vendors_item_configs_item

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
