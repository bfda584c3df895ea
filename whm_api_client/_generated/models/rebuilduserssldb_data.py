# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_items, read_list

T = TypeVar("T", bound="RebuilduserssldbData")
_new_instance = object.__new__


@_attrs_define
class RebuilduserssldbData:
    """
    Attributes:
        records (list[str] | Unset):
    """

    records: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        records: list[str] | Unset = UNSET
        if not isinstance(self.records, Unset):
            records = self.records

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if records is not UNSET:
            field_dict["records"] = records

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _records = d.pop("records", UNSET)
        if _records.__class__ is not list:
            _records = read_list(_records, "records", False)
        records: list[str] | Unset = UNSET
        if _records is not UNSET:
            records = _records
            for _item in _records:
                if _item.__class__ is not str:
                    records = read_items(_records, "records_item", "string")
                    break

        rebuilduserssldb_data = _new_instance(cls)
        rebuilduserssldb_data.records = records

        rebuilduserssldb_data.additional_properties = dict(d) if d else {}
        return rebuilduserssldb_data

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
