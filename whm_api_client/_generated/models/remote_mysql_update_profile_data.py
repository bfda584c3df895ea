# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_object, read_value

if TYPE_CHECKING:
    from ..models.remote_mysql_update_profile_data_profile_details import RemoteMysqlUpdateProfileDataProfileDetails


T = TypeVar("T", bound="RemoteMysqlUpdateProfileData")
_new_instance = object.__new__


@_attrs_define
class RemoteMysqlUpdateProfileData:
    """
    Attributes:
        profile_details (RemoteMysqlUpdateProfileDataProfileDetails | Unset):
        profile_saved (str | Unset):
    """

    profile_details: RemoteMysqlUpdateProfileDataProfileDetails | Unset = UNSET
    profile_saved: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
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

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _profile_details = d.pop("profile_details", UNSET)
        profile_details: RemoteMysqlUpdateProfileDataProfileDetails | Unset
        if _profile_details.__class__ is not dict:
            _profile_details = read_object(_profile_details, "profile_details", False)
        profile_details = (
            UNSET
            if _profile_details is UNSET
            else RemoteMysqlUpdateProfileDataProfileDetails.from_dict(_profile_details)
        )

        profile_saved = d.pop("profile_saved", UNSET)
        if profile_saved.__class__ is not str:
            profile_saved = read_value(profile_saved, "profile_saved", "string", False)

        remote_mysql_update_profile_data = _new_instance(cls)
        remote_mysql_update_profile_data.profile_details = profile_details
        remote_mysql_update_profile_data.profile_saved = profile_saved

        remote_mysql_update_profile_data.additional_properties = dict(d) if d else {}
        return remote_mysql_update_profile_data

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


from ..models.remote_mysql_update_profile_data_profile_details import RemoteMysqlUpdateProfileDataProfileDetails  # noqa: E402
