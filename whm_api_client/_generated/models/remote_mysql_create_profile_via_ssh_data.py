# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.remote_mysql_create_profile_via_ssh_data_profile_details import (
        RemoteMysqlCreateProfileViaSshDataProfileDetails,
    )


T = TypeVar("T", bound="RemoteMysqlCreateProfileViaSshData")


@_attrs_define
class RemoteMysqlCreateProfileViaSshData:
    """
    Attributes:
        profile_details (RemoteMysqlCreateProfileViaSshDataProfileDetails | Unset):
        profile_saved (str | Unset):
    """

    profile_details: RemoteMysqlCreateProfileViaSshDataProfileDetails | Unset = UNSET
    profile_saved: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        profile_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.profile_details, Unset):
            profile_details = self.profile_details.to_dict()

        profile_saved = self.profile_saved

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if profile_details is not UNSET:
            field_dict["profile_details"] = profile_details
        if profile_saved is not UNSET:
            field_dict["profile_saved"] = profile_saved

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _profile_details = d.pop("profile_details", UNSET)
        profile_details: RemoteMysqlCreateProfileViaSshDataProfileDetails | Unset
        if _profile_details is None or isinstance(_profile_details, Unset):  # null reads as UNSET
            profile_details = UNSET
        else:
            if not isinstance(_profile_details, dict):
                raise TypeError(f"field profile_details: expected object, got {type(_profile_details).__name__}")
            profile_details = RemoteMysqlCreateProfileViaSshDataProfileDetails.from_dict(_profile_details)

        profile_saved = d.pop("profile_saved", UNSET)
        if profile_saved is None:
            profile_saved = UNSET
        if not isinstance(profile_saved, (str, Unset)):
            raise TypeError(f"field profile_saved: expected string, got {type(profile_saved).__name__}")

        remote_mysql_create_profile_via_ssh_data = cls(
            profile_details=profile_details,
            profile_saved=profile_saved,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        remote_mysql_create_profile_via_ssh_data.additional_properties = additional_properties
        return remote_mysql_create_profile_via_ssh_data

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


from ..models.remote_mysql_create_profile_via_ssh_data_profile_details import (
    RemoteMysqlCreateProfileViaSshDataProfileDetails,  # noqa: E402
)
