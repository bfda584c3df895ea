# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.nginxmanager_get_cache_config_users_data_users_item_config import (
        NginxmanagerGetCacheConfigUsersDataUsersItemConfig,
    )


T = TypeVar("T", bound="NginxmanagerGetCacheConfigUsersDataUsersItem")


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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _config = d.pop("config", UNSET)
        config: NginxmanagerGetCacheConfigUsersDataUsersItemConfig | Unset
        if _config is None or isinstance(_config, Unset):  # null reads as UNSET
            config = UNSET
        else:
            if not isinstance(_config, dict):
                raise TypeError(f"field config: expected object, got {type(_config).__name__}")
            config = NginxmanagerGetCacheConfigUsersDataUsersItemConfig.from_dict(_config)

        merged = d.pop("merged", UNSET)
        if merged is None:
            merged = UNSET
        if not isinstance(merged, (int, Unset)):
            raise TypeError(f"field merged: expected integer, got {type(merged).__name__}")

        owner = d.pop("owner", UNSET)
        if owner is None:
            owner = UNSET
        if not isinstance(owner, (str, Unset)):
            raise TypeError(f"field owner: expected string, got {type(owner).__name__}")

        user = d.pop("user", UNSET)
        if user is None:
            user = UNSET
        if not isinstance(user, (str, Unset)):
            raise TypeError(f"field user: expected string, got {type(user).__name__}")

        nginxmanager_get_cache_config_users_data_users_item = cls(
            config=config,
            merged=merged,
            owner=owner,
            user=user,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        nginxmanager_get_cache_config_users_data_users_item.additional_properties = additional_properties
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
