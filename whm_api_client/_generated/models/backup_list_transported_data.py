# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_object

if TYPE_CHECKING:
    from ..models.backup_list_transported_data_remote_backups import BackupListTransportedDataRemoteBackups


T = TypeVar("T", bound="BackupListTransportedData")
_new_instance = object.__new__


@_attrs_define
class BackupListTransportedData:
    """
    Attributes:
        remote_backups (BackupListTransportedDataRemoteBackups | Unset):
    """

    remote_backups: BackupListTransportedDataRemoteBackups | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        remote_backups: dict[str, Any] | Unset = UNSET
        if not isinstance(self.remote_backups, Unset):
            remote_backups = self.remote_backups.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if remote_backups is not UNSET:
            field_dict["remote_backups"] = remote_backups

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _remote_backups = d.pop("remote_backups", UNSET)
        remote_backups: BackupListTransportedDataRemoteBackups | Unset
        if _remote_backups.__class__ is not dict:
            _remote_backups = read_object(_remote_backups, "remote_backups", False)
        remote_backups = (
            UNSET if _remote_backups is UNSET else BackupListTransportedDataRemoteBackups.from_dict(_remote_backups)
        )

        backup_list_transported_data = _new_instance(cls)
        backup_list_transported_data.remote_backups = remote_backups

        backup_list_transported_data.additional_properties = dict(d) if d else {}
        return backup_list_transported_data

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


from ..models.backup_list_transported_data_remote_backups import BackupListTransportedDataRemoteBackups  # noqa: E402
