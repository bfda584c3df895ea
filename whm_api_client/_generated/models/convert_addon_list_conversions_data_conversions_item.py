# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_value

T = TypeVar("T", bound="ConvertAddonListConversionsDataConversionsItem")
_new_instance = object.__new__


@_attrs_define
class ConvertAddonListConversionsDataConversionsItem:
    """
    Attributes:
        domain (str | Unset):
        end_time (int | Unset):
        job_id (int | Unset):
        source_acct (str | Unset):
        start_time (int | Unset):
        status (str | Unset):
        target_acct (str | Unset):
    """

    domain: str | Unset = UNSET
    end_time: int | Unset = UNSET
    job_id: int | Unset = UNSET
    source_acct: str | Unset = UNSET
    start_time: int | Unset = UNSET
    status: str | Unset = UNSET
    target_acct: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        domain = self.domain

        end_time = self.end_time

        job_id = self.job_id

        source_acct = self.source_acct

        start_time = self.start_time

        status = self.status

        target_acct = self.target_acct

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if domain is not UNSET:
            field_dict["domain"] = domain
        if end_time is not UNSET:
            field_dict["end_time"] = end_time
        if job_id is not UNSET:
            field_dict["job_id"] = job_id
        if source_acct is not UNSET:
            field_dict["source_acct"] = source_acct
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if status is not UNSET:
            field_dict["status"] = status
        if target_acct is not UNSET:
            field_dict["target_acct"] = target_acct

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        domain = d.pop("domain", UNSET)
        if domain.__class__ is not str:
            domain = read_value(domain, "domain", "string", False)

        end_time = d.pop("end_time", UNSET)
        if end_time.__class__ is not int:
            end_time = read_value(end_time, "end_time", "integer", False)

        job_id = d.pop("job_id", UNSET)
        if job_id.__class__ is not int:
            job_id = read_value(job_id, "job_id", "integer", False)

        source_acct = d.pop("source_acct", UNSET)
        if source_acct.__class__ is not str:
            source_acct = read_value(source_acct, "source_acct", "string", False)

        start_time = d.pop("start_time", UNSET)
        if start_time.__class__ is not int:
            start_time = read_value(start_time, "start_time", "integer", False)

        status = d.pop("status", UNSET)
        if status.__class__ is not str:
            status = read_value(status, "status", "string", False)

        target_acct = d.pop("target_acct", UNSET)
        if target_acct.__class__ is not str:
            target_acct = read_value(target_acct, "target_acct", "string", False)

        convert_addon_list_conversions_data_conversions_item = _new_instance(cls)
        convert_addon_list_conversions_data_conversions_item.domain = domain
        convert_addon_list_conversions_data_conversions_item.end_time = end_time
        convert_addon_list_conversions_data_conversions_item.job_id = job_id
        convert_addon_list_conversions_data_conversions_item.source_acct = source_acct
        convert_addon_list_conversions_data_conversions_item.start_time = start_time
        convert_addon_list_conversions_data_conversions_item.status = status
        convert_addon_list_conversions_data_conversions_item.target_acct = target_acct

        convert_addon_list_conversions_data_conversions_item.additional_properties = dict(d) if d else {}
        return convert_addon_list_conversions_data_conversions_item

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
