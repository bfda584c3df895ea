# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_value

T = TypeVar("T", bound="ModsecEditRuleDataRule")
_new_instance = object.__new__


@_attrs_define
class ModsecEditRuleDataRule:
    """
    Attributes:
        disabled (int | Unset):
        id (int | Unset):
        meta_msg (str | Unset):
        rule (str | Unset):
    """

    disabled: int | Unset = UNSET
    id: int | Unset = UNSET
    meta_msg: str | Unset = UNSET
    rule: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        disabled = self.disabled

        id = self.id

        meta_msg = self.meta_msg

        rule = self.rule

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if disabled is not UNSET:
            field_dict["disabled"] = disabled
        if id is not UNSET:
            field_dict["id"] = id
        if meta_msg is not UNSET:
            field_dict["meta_msg"] = meta_msg
        if rule is not UNSET:
            field_dict["rule"] = rule

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
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

        modsec_edit_rule_data_rule = _new_instance(cls)
        modsec_edit_rule_data_rule.disabled = disabled
        modsec_edit_rule_data_rule.id = id
        modsec_edit_rule_data_rule.meta_msg = meta_msg
        modsec_edit_rule_data_rule.rule = rule

        modsec_edit_rule_data_rule.additional_properties = dict(d) if d else {}
        return modsec_edit_rule_data_rule

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
