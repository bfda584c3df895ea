# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RestoreModulesSummaryDataModulesItem")


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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        module = d.pop("module", UNSET)
        if module is None:
            module = UNSET
        if not isinstance(module, (str, Unset)):
            raise TypeError(f"field module: expected string, got {type(module).__name__}")

        _notes = d.pop("notes", UNSET)
        notes: list[str] | Unset = UNSET
        if _notes is not None and not isinstance(_notes, Unset):  # null reads as UNSET
            if not isinstance(_notes, list):
                raise TypeError(f"field notes: expected array, got {type(_notes).__name__}")
            notes = []
            for notes_item_data in _notes:
                notes_item = notes_item_data
                if not isinstance(notes_item, (str,)):
                    raise TypeError(f"field notes_item: expected string, got {type(notes_item).__name__}")

                notes.append(notes_item)

        restricted_available = d.pop("restricted_available", UNSET)
        if restricted_available is None:
            restricted_available = UNSET
        if not isinstance(restricted_available, (int, Unset)):
            raise TypeError(f"field restricted_available: expected integer, got {type(restricted_available).__name__}")

        _restricted_summary = d.pop("restricted_summary", UNSET)
        restricted_summary: list[str] | Unset = UNSET
        if _restricted_summary is not None and not isinstance(_restricted_summary, Unset):  # null reads as UNSET
            if not isinstance(_restricted_summary, list):
                raise TypeError(f"field restricted_summary: expected array, got {type(_restricted_summary).__name__}")
            restricted_summary = []
            for restricted_summary_item_data in _restricted_summary:
                restricted_summary_item = restricted_summary_item_data
                if not isinstance(restricted_summary_item, (str,)):
                    raise TypeError(
                        f"field restricted_summary_item: expected string, got {type(restricted_summary_item).__name__}"
                    )

                restricted_summary.append(restricted_summary_item)

        _summary = d.pop("summary", UNSET)
        summary: list[str] | Unset = UNSET
        if _summary is not None and not isinstance(_summary, Unset):  # null reads as UNSET
            if not isinstance(_summary, list):
                raise TypeError(f"field summary: expected array, got {type(_summary).__name__}")
            summary = []
            for summary_item_data in _summary:
                summary_item = summary_item_data
                if not isinstance(summary_item, (str,)):
                    raise TypeError(f"field summary_item: expected string, got {type(summary_item).__name__}")

                summary.append(summary_item)

        restore_modules_summary_data_modules_item = cls(
            module=module,
            notes=notes,
            restricted_available=restricted_available,
            restricted_summary=restricted_summary,
            summary=summary,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        restore_modules_summary_data_modules_item.additional_properties = additional_properties
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
