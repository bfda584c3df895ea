# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_list, read_object, read_value

if TYPE_CHECKING:
    from ..models.modsec_report_rule_data_report_item_hits_item import ModsecReportRuleDataReportItemHitsItem


T = TypeVar("T", bound="ModsecReportRuleDataReportItem")
_new_instance = object.__new__


@_attrs_define
class ModsecReportRuleDataReportItem:
    """
    Attributes:
        type_ (str | Unset):
        email (str | Unset):
        hits (list[ModsecReportRuleDataReportItemHitsItem] | Unset):
        message (str | Unset):
        rule_text (str | Unset):
    """

    type_: str | Unset = UNSET
    email: str | Unset = UNSET
    hits: list[ModsecReportRuleDataReportItemHitsItem] | Unset = UNSET
    message: str | Unset = UNSET
    rule_text: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        type_ = self.type_

        email = self.email

        hits: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.hits, Unset):
            hits = []
            for hits_item_data in self.hits:
                hits_item = hits_item_data.to_dict()
                hits.append(hits_item)

        message = self.message

        rule_text = self.rule_text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if email is not UNSET:
            field_dict["email"] = email
        if hits is not UNSET:
            field_dict["hits"] = hits
        if message is not UNSET:
            field_dict["message"] = message
        if rule_text is not UNSET:
            field_dict["rule_text"] = rule_text

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = d.pop("type", UNSET)
        if type_.__class__ is not str:
            type_ = read_value(type_, "type", "string", False)

        email = d.pop("email", UNSET)
        if email.__class__ is not str:
            email = read_value(email, "email", "string", False)

        _hits = d.pop("hits", UNSET)
        if _hits.__class__ is not list:
            _hits = read_list(_hits, "hits", False)
        hits: list[ModsecReportRuleDataReportItemHitsItem] | Unset = UNSET
        if _hits is not UNSET:
            hits = []
            for hits_item_data in _hits:
                _hits_item = hits_item_data
                if _hits_item.__class__ is not dict:
                    _hits_item = read_object(_hits_item, "hits_item", True)
                hits_item = ModsecReportRuleDataReportItemHitsItem.from_dict(_hits_item)

                hits.append(hits_item)

        message = d.pop("message", UNSET)
        if message.__class__ is not str:
            message = read_value(message, "message", "string", False)

        rule_text = d.pop("rule_text", UNSET)
        if rule_text.__class__ is not str:
            rule_text = read_value(rule_text, "rule_text", "string", False)

        modsec_report_rule_data_report_item = _new_instance(cls)
        modsec_report_rule_data_report_item.type_ = type_
        modsec_report_rule_data_report_item.email = email
        modsec_report_rule_data_report_item.hits = hits
        modsec_report_rule_data_report_item.message = message
        modsec_report_rule_data_report_item.rule_text = rule_text

        modsec_report_rule_data_report_item.additional_properties = dict(d) if d else {}
        return modsec_report_rule_data_report_item

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


from ..models.modsec_report_rule_data_report_item_hits_item import ModsecReportRuleDataReportItemHitsItem  # noqa: E402
