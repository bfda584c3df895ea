# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_items, read_list, read_object

if TYPE_CHECKING:
    from ..models.modsec_deploy_all_rule_changes_data_outcomes_item import ModsecDeployAllRuleChangesDataOutcomesItem


T = TypeVar("T", bound="ModsecDeployAllRuleChangesData")
_new_instance = object.__new__


@_attrs_define
class ModsecDeployAllRuleChangesData:
    """
    Attributes:
        failed (list[str] | Unset):
        outcomes (list[ModsecDeployAllRuleChangesDataOutcomesItem] | Unset):
    """

    failed: list[str] | Unset = UNSET
    outcomes: list[ModsecDeployAllRuleChangesDataOutcomesItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        failed: list[str] | Unset = UNSET
        if not isinstance(self.failed, Unset):
            failed = self.failed

        outcomes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.outcomes, Unset):
            outcomes = []
            for outcomes_item_data in self.outcomes:
                outcomes_item = outcomes_item_data.to_dict()
                outcomes.append(outcomes_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if failed is not UNSET:
            field_dict["failed"] = failed
        if outcomes is not UNSET:
            field_dict["outcomes"] = outcomes

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _failed = d.pop("failed", UNSET)
        if _failed.__class__ is not list:
            _failed = read_list(_failed, "failed", False)
        failed: list[str] | Unset = UNSET
        if _failed is not UNSET:
            failed = _failed
            for _item in _failed:
                if _item.__class__ is not str:
                    failed = read_items(_failed, "failed_item", "string")
                    break

        _outcomes = d.pop("outcomes", UNSET)
        if _outcomes.__class__ is not list:
            _outcomes = read_list(_outcomes, "outcomes", False)
        outcomes: list[ModsecDeployAllRuleChangesDataOutcomesItem] | Unset = UNSET
        if _outcomes is not UNSET:
            outcomes = []
            for outcomes_item_data in _outcomes:
                _outcomes_item = outcomes_item_data
                if _outcomes_item.__class__ is not dict:
                    _outcomes_item = read_object(_outcomes_item, "outcomes_item", True)
                outcomes_item = ModsecDeployAllRuleChangesDataOutcomesItem.from_dict(_outcomes_item)

                outcomes.append(outcomes_item)

        modsec_deploy_all_rule_changes_data = _new_instance(cls)
        modsec_deploy_all_rule_changes_data.failed = failed
        modsec_deploy_all_rule_changes_data.outcomes = outcomes

        modsec_deploy_all_rule_changes_data.additional_properties = dict(d) if d else {}
        return modsec_deploy_all_rule_changes_data

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


from ..models.modsec_deploy_all_rule_changes_data_outcomes_item import ModsecDeployAllRuleChangesDataOutcomesItem  # noqa: E402
