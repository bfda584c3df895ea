# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BackupSetListCombinedDataBackupSetAdditionalPropertyItem")


@_attrs_define
class BackupSetListCombinedDataBackupSetAdditionalPropertyItem:
    """
    Attributes:
        when (str | Unset):
        where (str | Unset):
    """

    when: str | Unset = UNSET
    where: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        when = self.when

        where = self.where

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if when is not UNSET:
            field_dict["when"] = when
        if where is not UNSET:
            field_dict["where"] = where

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        when = d.pop("when", UNSET)
        if when is None:
            when = UNSET
        if not isinstance(when, (str, Unset)):
            raise TypeError(f"field when: expected string, got {type(when).__name__}")

        where = d.pop("where", UNSET)
        if where is None:
            where = UNSET
        if not isinstance(where, (str, Unset)):
            raise TypeError(f"field where: expected string, got {type(where).__name__}")

        backup_set_list_combined_data_backup_set_additional_property_item = cls(
            when=when,
            where=where,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        backup_set_list_combined_data_backup_set_additional_property_item.additional_properties = additional_properties
        return backup_set_list_combined_data_backup_set_additional_property_item

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
