# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_object

if TYPE_CHECKING:
    from ..models.modsec_edit_rule_data_rule import ModsecEditRuleDataRule


T = TypeVar("T", bound="ModsecEditRuleData")
_new_instance = object.__new__


@_attrs_define
class ModsecEditRuleData:
    """
    Attributes:
        rule (ModsecEditRuleDataRule | Unset):
    """

    rule: ModsecEditRuleDataRule | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        rule: dict[str, Any] | Unset = UNSET
        if not isinstance(self.rule, Unset):
            rule = self.rule.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if rule is not UNSET:
            field_dict["rule"] = rule

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _rule = d.pop("rule", UNSET)
        rule: ModsecEditRuleDataRule | Unset
        if _rule.__class__ is not dict:
            _rule = read_object(_rule, "rule", False)
        rule = UNSET if _rule is UNSET else ModsecEditRuleDataRule.from_dict(_rule)

        modsec_edit_rule_data = _new_instance(cls)
        modsec_edit_rule_data.rule = rule

        modsec_edit_rule_data.additional_properties = dict(d) if d else {}
        return modsec_edit_rule_data

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


from ..models.modsec_edit_rule_data_rule import ModsecEditRuleDataRule  # noqa: E402
