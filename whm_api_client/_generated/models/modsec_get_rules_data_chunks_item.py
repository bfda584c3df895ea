# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_value

T = TypeVar("T", bound="ModsecGetRulesDataChunksItem")
_new_instance = object.__new__


@_attrs_define
class ModsecGetRulesDataChunksItem:
    """
    Attributes:
        config (str | Unset):
        config_active (int | Unset):
        disabled (int | Unset):
        id (int | Unset):
        meta_msg (str | Unset):
        rule (str | Unset):
        staged (int | Unset):
        vendor_active (int | Unset):
        vendor_id (str | Unset):
    """

    config: str | Unset = UNSET
    config_active: int | Unset = UNSET
    disabled: int | Unset = UNSET
    id: int | Unset = UNSET
    meta_msg: str | Unset = UNSET
    rule: str | Unset = UNSET
    staged: int | Unset = UNSET
    vendor_active: int | Unset = UNSET
    vendor_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        config = self.config

        config_active = self.config_active

        disabled = self.disabled

        id = self.id

        meta_msg = self.meta_msg

        rule = self.rule

        staged = self.staged

        vendor_active = self.vendor_active

        vendor_id = self.vendor_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if config is not UNSET:
            field_dict["config"] = config
        if config_active is not UNSET:
            field_dict["config_active"] = config_active
        if disabled is not UNSET:
            field_dict["disabled"] = disabled
        if id is not UNSET:
            field_dict["id"] = id
        if meta_msg is not UNSET:
            field_dict["meta_msg"] = meta_msg
        if rule is not UNSET:
            field_dict["rule"] = rule
        if staged is not UNSET:
            field_dict["staged"] = staged
        if vendor_active is not UNSET:
            field_dict["vendor_active"] = vendor_active
        if vendor_id is not UNSET:
            field_dict["vendor_id"] = vendor_id

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        config = d.pop("config", UNSET)
        if config.__class__ is not str:
            config = read_value(config, "config", "string", False)

        config_active = d.pop("config_active", UNSET)
        if config_active.__class__ is not int:
            config_active = read_value(config_active, "config_active", "integer", False)

        disabled = d.pop("disabled", UNSET)
        if disabled.__class__ is not int:
            disabled = read_value(disabled, "disabled", "integer", False)

        id = d.pop("id", UNSET)
        if id.__class__ is not int:
            id = read_value(id, "id", "integer", False)

        meta_msg = d.pop("meta_msg", UNSET)
        if meta_msg.__class__ is not str:
            meta_msg = read_value(meta_msg, "meta_msg", "string", False)

        rule = d.pop("rule", UNSET)
        if rule.__class__ is not str:
            rule = read_value(rule, "rule", "string", False)

        staged = d.pop("staged", UNSET)
        if staged.__class__ is not int:
            staged = read_value(staged, "staged", "integer", False)

        vendor_active = d.pop("vendor_active", UNSET)
        if vendor_active.__class__ is not int:
            vendor_active = read_value(vendor_active, "vendor_active", "integer", False)

        vendor_id = d.pop("vendor_id", UNSET)
        if vendor_id.__class__ is not str:
            vendor_id = read_value(vendor_id, "vendor_id", "string", False)

        modsec_get_rules_data_chunks_item = _new_instance(cls)
        modsec_get_rules_data_chunks_item.config = config
        modsec_get_rules_data_chunks_item.config_active = config_active
        modsec_get_rules_data_chunks_item.disabled = disabled
        modsec_get_rules_data_chunks_item.id = id
        modsec_get_rules_data_chunks_item.meta_msg = meta_msg
        modsec_get_rules_data_chunks_item.rule = rule
        modsec_get_rules_data_chunks_item.staged = staged
        modsec_get_rules_data_chunks_item.vendor_active = vendor_active
        modsec_get_rules_data_chunks_item.vendor_id = vendor_id

        modsec_get_rules_data_chunks_item.additional_properties = dict(d) if d else {}
        return modsec_get_rules_data_chunks_item

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
