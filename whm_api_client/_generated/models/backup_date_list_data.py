# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BackupDateListData")


@_attrs_define
class BackupDateListData:
    """
    Attributes:
        backup_set (list[str] | Unset):
    """

    backup_set: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        backup_set: list[str] | Unset = UNSET
        if not isinstance(self.backup_set, Unset):
            backup_set = self.backup_set

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if backup_set is not UNSET:
            field_dict["backup_set"] = backup_set

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _backup_set = d.pop("backup_set", UNSET)
        backup_set: list[str] | Unset = UNSET
        if _backup_set is not None and not isinstance(_backup_set, Unset):  # null reads as UNSET
            if not isinstance(_backup_set, list):
                raise TypeError(f"field backup_set: expected array, got {type(_backup_set).__name__}")
            backup_set = []
            for backup_set_item_data in _backup_set:
                backup_set_item = backup_set_item_data
                if not isinstance(backup_set_item, (str,)):
                    raise TypeError(f"field backup_set_item: expected string, got {type(backup_set_item).__name__}")

                backup_set.append(backup_set_item)

        backup_date_list_data = cls(
            backup_set=backup_set,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        backup_date_list_data.additional_properties = additional_properties
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
