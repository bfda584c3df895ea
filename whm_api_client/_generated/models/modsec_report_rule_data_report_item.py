# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.modsec_report_rule_data_report_item_hits_item import ModsecReportRuleDataReportItemHitsItem


T = TypeVar("T", bound="ModsecReportRuleDataReportItem")


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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = d.pop("type", UNSET)
        if type_ is None:
            type_ = UNSET
        if not isinstance(type_, (str, Unset)):
            raise TypeError(f"field type: expected string, got {type(type_).__name__}")

        email = d.pop("email", UNSET)
        if email is None:
            email = UNSET
        if not isinstance(email, (str, Unset)):
            raise TypeError(f"field email: expected string, got {type(email).__name__}")

        _hits = d.pop("hits", UNSET)
        hits: list[ModsecReportRuleDataReportItemHitsItem] | Unset = UNSET
        if _hits is not None and not isinstance(_hits, Unset):  # null reads as UNSET
            if not isinstance(_hits, list):
                raise TypeError(f"field hits: expected array, got {type(_hits).__name__}")
            hits = []
            for hits_item_data in _hits:
                _hits_item = hits_item_data
                if not isinstance(_hits_item, dict):
                    raise TypeError(f"field hits_item: expected object, got {type(_hits_item).__name__}")
                hits_item = ModsecReportRuleDataReportItemHitsItem.from_dict(_hits_item)

                hits.append(hits_item)

        message = d.pop("message", UNSET)
        if message is None:
            message = UNSET
        if not isinstance(message, (str, Unset)):
            raise TypeError(f"field message: expected string, got {type(message).__name__}")

        rule_text = d.pop("rule_text", UNSET)
        if rule_text is None:
            rule_text = UNSET
        if not isinstance(rule_text, (str, Unset)):
            raise TypeError(f"field rule_text: expected string, got {type(rule_text).__name__}")

        modsec_report_rule_data_report_item = cls(
            type_=type_,
            email=email,
            hits=hits,
            message=message,
            rule_text=rule_text,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        modsec_report_rule_data_report_item.additional_properties = additional_properties
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
