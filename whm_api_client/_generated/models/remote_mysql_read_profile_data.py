# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.remote_mysql_read_profile_data_profile_details import RemoteMysqlReadProfileDataProfileDetails


T = TypeVar("T", bound="RemoteMysqlReadProfileData")


@_attrs_define
class RemoteMysqlReadProfileData:
    """
    Attributes:
        profile_details (RemoteMysqlReadProfileDataProfileDetails | Unset):
        profile_name (str | Unset):
    """

    profile_details: RemoteMysqlReadProfileDataProfileDetails | Unset = UNSET
    profile_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        profile_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.profile_details, Unset):
            profile_details = self.profile_details.to_dict()

        profile_name = self.profile_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if profile_details is not UNSET:
            field_dict["profile_details"] = profile_details
        if profile_name is not UNSET:
            field_dict["profile_name"] = profile_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _profile_details = d.pop("profile_details", UNSET)
        profile_details: RemoteMysqlReadProfileDataProfileDetails | Unset
        if _profile_details is None or isinstance(_profile_details, Unset):  # null reads as UNSET
            profile_details = UNSET
        else:
            if not isinstance(_profile_details, dict):
                raise TypeError(f"field profile_details: expected object, got {type(_profile_details).__name__}")
            profile_details = RemoteMysqlReadProfileDataProfileDetails.from_dict(_profile_details)

        profile_name = d.pop("profile_name", UNSET)
        if profile_name is None:
            profile_name = UNSET
        if not isinstance(profile_name, (str, Unset)):
            raise TypeError(f"field profile_name: expected string, got {type(profile_name).__name__}")

        remote_mysql_read_profile_data = cls(
            profile_details=profile_details,
            profile_name=profile_name,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        remote_mysql_read_profile_data.additional_properties = additional_properties
        return remote_mysql_read_profile_data

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


from ..models.remote_mysql_read_profile_data_profile_details import RemoteMysqlReadProfileDataProfileDetails  # noqa: E402
