# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_object, read_value

if TYPE_CHECKING:
    from ..models.nginxmanager_get_cache_config_users_data_users_item_config import (
        NginxmanagerGetCacheConfigUsersDataUsersItemConfig,
    )


T = TypeVar("T", bound="NginxmanagerGetCacheConfigUsersDataUsersItem")
_new_instance = object.__new__


@_attrs_define
class NginxmanagerGetCacheConfigUsersDataUsersItem:
    """
    Attributes:
        config (NginxmanagerGetCacheConfigUsersDataUsersItemConfig | Unset):
        merged (int | Unset):
        owner (str | Unset):
        user (str | Unset):
    """

    config: NginxmanagerGetCacheConfigUsersDataUsersItemConfig | Unset = UNSET
    merged: int | Unset = UNSET
    owner: str | Unset = UNSET
    user: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = self.config.to_dict()

        merged = self.merged

        owner = self.owner

        user = self.user

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if config is not UNSET:
            field_dict["config"] = config
        if merged is not UNSET:
            field_dict["merged"] = merged
        if owner is not UNSET:
            field_dict["owner"] = owner
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _config = d.pop("config", UNSET)
        config: NginxmanagerGetCacheConfigUsersDataUsersItemConfig | Unset
        if _config.__class__ is not dict:
            _config = read_object(_config, "config", False)
        config = UNSET if _config is UNSET else NginxmanagerGetCacheConfigUsersDataUsersItemConfig.from_dict(_config)

        merged = d.pop("merged", UNSET)
        if merged.__class__ is not int:
            merged = read_value(merged, "merged", "integer", False)

        owner = d.pop("owner", UNSET)
        if owner.__class__ is not str:
            owner = read_value(owner, "owner", "string", False)

        user = d.pop("user", UNSET)
        if user.__class__ is not str:
            user = read_value(user, "user", "string", False)

        nginxmanager_get_cache_config_users_data_users_item = _new_instance(cls)
        nginxmanager_get_cache_config_users_data_users_item.config = config
        nginxmanager_get_cache_config_users_data_users_item.merged = merged
        nginxmanager_get_cache_config_users_data_users_item.owner = owner
        nginxmanager_get_cache_config_users_data_users_item.user = user

        nginxmanager_get_cache_config_users_data_users_item.additional_properties = dict(d) if d else {}
        return nginxmanager_get_cache_config_users_data_users_item

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


from ..models.nginxmanager_get_cache_config_users_data_users_item_config import (
    NginxmanagerGetCacheConfigUsersDataUsersItemConfig,  # noqa: E402
)
