# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_object

if TYPE_CHECKING:
    from ..models.get_integration_link_user_config_data_userconfig import GetIntegrationLinkUserConfigDataUserconfig


T = TypeVar("T", bound="GetIntegrationLinkUserConfigData")
_new_instance = object.__new__


@_attrs_define
class GetIntegrationLinkUserConfigData:
    """
    Attributes:
        userconfig (GetIntegrationLinkUserConfigDataUserconfig | Unset):
    """

    userconfig: GetIntegrationLinkUserConfigDataUserconfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        userconfig: dict[str, Any] | Unset = UNSET
        if not isinstance(self.userconfig, Unset):
            userconfig = self.userconfig.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if userconfig is not UNSET:
            field_dict["userconfig"] = userconfig

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _userconfig = d.pop("userconfig", UNSET)
        userconfig: GetIntegrationLinkUserConfigDataUserconfig | Unset
        if _userconfig.__class__ is not dict:
            _userconfig = read_object(_userconfig, "userconfig", False)
        userconfig = (
            UNSET if _userconfig is UNSET else GetIntegrationLinkUserConfigDataUserconfig.from_dict(_userconfig)
        )

        get_integration_link_user_config_data = _new_instance(cls)
        get_integration_link_user_config_data.userconfig = userconfig

        get_integration_link_user_config_data.additional_properties = dict(d) if d else {}
        return get_integration_link_user_config_data

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


from ..models.get_integration_link_user_config_data_userconfig import GetIntegrationLinkUserConfigDataUserconfig  # noqa: E402
