# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_items, read_list

T = TypeVar("T", bound="BackupDateListData")
_new_instance = object.__new__


@_attrs_define
class BackupDateListData:
    """
    Attributes:
        backup_set (list[str] | Unset):
    """

    backup_set: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        backup_set: list[str] | Unset = UNSET
        if not isinstance(self.backup_set, Unset):
            backup_set = self.backup_set

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if backup_set is not UNSET:
            field_dict["backup_set"] = backup_set

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _backup_set = d.pop("backup_set", UNSET)
        if _backup_set.__class__ is not list:
            _backup_set = read_list(_backup_set, "backup_set", False)
        backup_set: list[str] | Unset = UNSET
        if _backup_set is not UNSET:
            backup_set = _backup_set
            for _item in _backup_set:
                if _item.__class__ is not str:
                    backup_set = read_items(_backup_set, "backup_set_item", "string")
                    break

        backup_date_list_data = _new_instance(cls)
        backup_date_list_data.backup_set = backup_set

        backup_date_list_data.additional_properties = dict(d) if d else {}
        return backup_date_list_data

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
