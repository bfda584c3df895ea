# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_list, read_object

if TYPE_CHECKING:
    from ..models.modsec_report_rule_data_report_item import ModsecReportRuleDataReportItem


T = TypeVar("T", bound="ModsecReportRuleData")
_new_instance = object.__new__


@_attrs_define
class ModsecReportRuleData:
    """
    Attributes:
        report (list[ModsecReportRuleDataReportItem] | Unset):
    """

    report: list[ModsecReportRuleDataReportItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        report: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.report, Unset):
            report = []
            for report_item_data in self.report:
                report_item = report_item_data.to_dict()
                report.append(report_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if report is not UNSET:
            field_dict["report"] = report

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _report = d.pop("report", UNSET)
        if _report.__class__ is not list:
            _report = read_list(_report, "report", False)
        report: list[ModsecReportRuleDataReportItem] | Unset = UNSET
        if _report is not UNSET:
            report = []
            for report_item_data in _report:
                _report_item = report_item_data
                if _report_item.__class__ is not dict:
                    _report_item = read_object(_report_item, "report_item", True)
                report_item = ModsecReportRuleDataReportItem.from_dict(_report_item)

                report.append(report_item)

        modsec_report_rule_data = _new_instance(cls)
        modsec_report_rule_data.report = report

        modsec_report_rule_data.additional_properties = dict(d) if d else {}
        return modsec_report_rule_data

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


from ..models.modsec_report_rule_data_report_item import ModsecReportRuleDataReportItem  # noqa: E402
