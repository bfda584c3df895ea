# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_object

if TYPE_CHECKING:
    from ..models.backup_config_get_data_backup_config import BackupConfigGetDataBackupConfig


T = TypeVar("T", bound="BackupConfigGetData")
_new_instance = object.__new__


@_attrs_define
class BackupConfigGetData:
    """
    Attributes:
        backup_config (BackupConfigGetDataBackupConfig | Unset):
    """

    backup_config: BackupConfigGetDataBackupConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        backup_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.backup_config, Unset):
            backup_config = self.backup_config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if backup_config is not UNSET:
            field_dict["backup_config"] = backup_config

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _backup_config = d.pop("backup_config", UNSET)
        backup_config: BackupConfigGetDataBackupConfig | Unset
        if _backup_config.__class__ is not dict:
            _backup_config = read_object(_backup_config, "backup_config", False)
        backup_config = UNSET if _backup_config is UNSET else BackupConfigGetDataBackupConfig.from_dict(_backup_config)

        backup_config_get_data = _new_instance(cls)
        backup_config_get_data.backup_config = backup_config

        backup_config_get_data.additional_properties = dict(d) if d else {}
        return backup_config_get_data

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


from ..models.backup_config_get_data_backup_config import BackupConfigGetDataBackupConfig  # noqa: E402
