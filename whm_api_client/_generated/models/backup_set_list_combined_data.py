# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_object

if TYPE_CHECKING:
    from ..models.backup_set_list_combined_data_backup_set import BackupSetListCombinedDataBackupSet
    from ..models.backup_set_list_combined_data_destination_legend import BackupSetListCombinedDataDestinationLegend


T = TypeVar("T", bound="BackupSetListCombinedData")
_new_instance = object.__new__


@_attrs_define
class BackupSetListCombinedData:
    """
    Attributes:
        backup_set (BackupSetListCombinedDataBackupSet | Unset):
        destination_legend (BackupSetListCombinedDataDestinationLegend | Unset):
    """

    backup_set: BackupSetListCombinedDataBackupSet | Unset = UNSET
    destination_legend: BackupSetListCombinedDataDestinationLegend | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        backup_set: dict[str, Any] | Unset = UNSET
        if not isinstance(self.backup_set, Unset):
            backup_set = self.backup_set.to_dict()

        destination_legend: dict[str, Any] | Unset = UNSET
        if not isinstance(self.destination_legend, Unset):
            destination_legend = self.destination_legend.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if backup_set is not UNSET:
            field_dict["backup_set"] = backup_set
        if destination_legend is not UNSET:
            field_dict["destination_legend"] = destination_legend

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _backup_set = d.pop("backup_set", UNSET)
        backup_set: BackupSetListCombinedDataBackupSet | Unset
        if _backup_set.__class__ is not dict:
            _backup_set = read_object(_backup_set, "backup_set", False)
        backup_set = UNSET if _backup_set is UNSET else BackupSetListCombinedDataBackupSet.from_dict(_backup_set)

        _destination_legend = d.pop("destination_legend", UNSET)
        destination_legend: BackupSetListCombinedDataDestinationLegend | Unset
        if _destination_legend.__class__ is not dict:
            _destination_legend = read_object(_destination_legend, "destination_legend", False)
        destination_legend = (
            UNSET
            if _destination_legend is UNSET
            else BackupSetListCombinedDataDestinationLegend.from_dict(_destination_legend)
        )

        backup_set_list_combined_data = _new_instance(cls)
        backup_set_list_combined_data.backup_set = backup_set
        backup_set_list_combined_data.destination_legend = destination_legend

        backup_set_list_combined_data.additional_properties = dict(d) if d else {}
        return backup_set_list_combined_data

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


from ..models.backup_set_list_combined_data_backup_set import BackupSetListCombinedDataBackupSet  # noqa: E402
from ..models.backup_set_list_combined_data_destination_legend import BackupSetListCombinedDataDestinationLegend  # noqa: E402
