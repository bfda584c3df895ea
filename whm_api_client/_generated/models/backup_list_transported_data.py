# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.backup_list_transported_data_remote_backups import BackupListTransportedDataRemoteBackups


T = TypeVar("T", bound="BackupListTransportedData")


@_attrs_define
class BackupListTransportedData:
    """
    Attributes:
        remote_backups (BackupListTransportedDataRemoteBackups | Unset):
    """

    remote_backups: BackupListTransportedDataRemoteBackups | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        remote_backups: dict[str, Any] | Unset = UNSET
        if not isinstance(self.remote_backups, Unset):
            remote_backups = self.remote_backups.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if remote_backups is not UNSET:
            field_dict["remote_backups"] = remote_backups

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _remote_backups = d.pop("remote_backups", UNSET)
        remote_backups: BackupListTransportedDataRemoteBackups | Unset
        if _remote_backups is None or isinstance(_remote_backups, Unset):  # null reads as UNSET
            remote_backups = UNSET
        else:
            if not isinstance(_remote_backups, dict):
                raise TypeError(f"field remote_backups: expected object, got {type(_remote_backups).__name__}")
            remote_backups = BackupListTransportedDataRemoteBackups.from_dict(_remote_backups)

        backup_list_transported_data = cls(
            remote_backups=remote_backups,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        backup_list_transported_data.additional_properties = additional_properties
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
