# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.backup_skip_users_all_status_data_reason import BackupSkipUsersAllStatusDataReason


T = TypeVar("T", bound="BackupSkipUsersAllStatusData")


@_attrs_define
class BackupSkipUsersAllStatusData:
    """
    Attributes:
        reason (BackupSkipUsersAllStatusDataReason | Unset):
    """

    reason: BackupSkipUsersAllStatusDataReason | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reason: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reason, Unset):
            reason = self.reason.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _reason = d.pop("reason", UNSET)
        reason: BackupSkipUsersAllStatusDataReason | Unset
        if _reason is None or isinstance(_reason, Unset):  # null reads as UNSET
            reason = UNSET
        else:
            if not isinstance(_reason, dict):
                raise TypeError(f"field reason: expected object, got {type(_reason).__name__}")
            reason = BackupSkipUsersAllStatusDataReason.from_dict(_reason)

        backup_skip_users_all_status_data = cls(
            reason=reason,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        backup_skip_users_all_status_data.additional_properties = additional_properties
        return backup_skip_users_all_status_data

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


from ..models.backup_skip_users_all_status_data_reason import BackupSkipUsersAllStatusDataReason  # noqa: E402
