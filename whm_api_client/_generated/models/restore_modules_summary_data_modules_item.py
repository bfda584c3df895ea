# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_items, read_list, read_value

T = TypeVar("T", bound="RestoreModulesSummaryDataModulesItem")
_new_instance = object.__new__


@_attrs_define
class RestoreModulesSummaryDataModulesItem:
    """
    Attributes:
        module (str | Unset):
        notes (list[str] | Unset):
        restricted_available (int | Unset):
        restricted_summary (list[str] | Unset):
        summary (list[str] | Unset):
    """

    module: str | Unset = UNSET
    notes: list[str] | Unset = UNSET
    restricted_available: int | Unset = UNSET
    restricted_summary: list[str] | Unset = UNSET
    summary: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        module = self.module

        notes: list[str] | Unset = UNSET
        if not isinstance(self.notes, Unset):
            notes = self.notes

        restricted_available = self.restricted_available

        restricted_summary: list[str] | Unset = UNSET
        if not isinstance(self.restricted_summary, Unset):
            restricted_summary = self.restricted_summary

        summary: list[str] | Unset = UNSET
        if not isinstance(self.summary, Unset):
            summary = self.summary

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if module is not UNSET:
            field_dict["module"] = module
        if notes is not UNSET:
            field_dict["notes"] = notes
        if restricted_available is not UNSET:
            field_dict["restricted_available"] = restricted_available
        if restricted_summary is not UNSET:
            field_dict["restricted_summary"] = restricted_summary
        if summary is not UNSET:
            field_dict["summary"] = summary

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        module = d.pop("module", UNSET)
        if module.__class__ is not str:
            module = read_value(module, "module", "string", False)

        _notes = d.pop("notes", UNSET)
        if _notes.__class__ is not list:
            _notes = read_list(_notes, "notes", False)
        notes: list[str] | Unset = UNSET
        if _notes is not UNSET:
            notes = _notes
            for _item in _notes:
                if _item.__class__ is not str:
                    notes = read_items(_notes, "notes_item", "string")
                    break

        restricted_available = d.pop("restricted_available", UNSET)
        if restricted_available.__class__ is not int:
            restricted_available = read_value(restricted_available, "restricted_available", "integer", False)

        _restricted_summary = d.pop("restricted_summary", UNSET)
        if _restricted_summary.__class__ is not list:
            _restricted_summary = read_list(_restricted_summary, "restricted_summary", False)
        restricted_summary: list[str] | Unset = UNSET
        if _restricted_summary is not UNSET:
            restricted_summary = _restricted_summary
            for _item in _restricted_summary:
                if _item.__class__ is not str:
                    restricted_summary = read_items(_restricted_summary, "restricted_summary_item", "string")
                    break

        _summary = d.pop("summary", UNSET)
        if _summary.__class__ is not list:
            _summary = read_list(_summary, "summary", False)
        summary: list[str] | Unset = UNSET
        if _summary is not UNSET:
            summary = _summary
            for _item in _summary:
                if _item.__class__ is not str:
                    summary = read_items(_summary, "summary_item", "string")
                    break

        restore_modules_summary_data_modules_item = _new_instance(cls)
        restore_modules_summary_data_modules_item.module = module
        restore_modules_summary_data_modules_item.notes = notes
        restore_modules_summary_data_modules_item.restricted_available = restricted_available
        restore_modules_summary_data_modules_item.restricted_summary = restricted_summary
        restore_modules_summary_data_modules_item.summary = summary

        restore_modules_summary_data_modules_item.additional_properties = dict(d) if d else {}
        return restore_modules_summary_data_modules_item

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
