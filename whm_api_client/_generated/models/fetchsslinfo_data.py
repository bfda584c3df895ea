# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FetchsslinfoData")


@_attrs_define
class FetchsslinfoData:
    """
    Attributes:
        cab (str | Unset):
        crt (str | Unset):
        crt_origin (str | Unset):
        domain (str | Unset):
        ip (str | Unset):
        key (str | Unset):
        key_origin (str | Unset):
        searched_users (list[str] | Unset):
        user (str | Unset):
    """

    cab: str | Unset = UNSET
    crt: str | Unset = UNSET
    crt_origin: str | Unset = UNSET
    domain: str | Unset = UNSET
    ip: str | Unset = UNSET
    key: str | Unset = UNSET
    key_origin: str | Unset = UNSET
    searched_users: list[str] | Unset = UNSET
    user: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cab = self.cab

        crt = self.crt

        crt_origin = self.crt_origin

        domain = self.domain

        ip = self.ip

        key = self.key

        key_origin = self.key_origin

        searched_users: list[str] | Unset = UNSET
        if not isinstance(self.searched_users, Unset):
            searched_users = self.searched_users

        user = self.user

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cab is not UNSET:
            field_dict["cab"] = cab
        if crt is not UNSET:
            field_dict["crt"] = crt
        if crt_origin is not UNSET:
            field_dict["crt_origin"] = crt_origin
        if domain is not UNSET:
            field_dict["domain"] = domain
        if ip is not UNSET:
            field_dict["ip"] = ip
        if key is not UNSET:
            field_dict["key"] = key
        if key_origin is not UNSET:
            field_dict["key_origin"] = key_origin
        if searched_users is not UNSET:
            field_dict["searched_users"] = searched_users
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cab = d.pop("cab", UNSET)
        if cab is None:
            cab = UNSET
        if not isinstance(cab, (str, Unset)):
            raise TypeError(f"field cab: expected string, got {type(cab).__name__}")

        crt = d.pop("crt", UNSET)
        if crt is None:
            crt = UNSET
        if not isinstance(crt, (str, Unset)):
            raise TypeError(f"field crt: expected string, got {type(crt).__name__}")

        crt_origin = d.pop("crt_origin", UNSET)
        if crt_origin is None:
            crt_origin = UNSET
        if not isinstance(crt_origin, (str, Unset)):
            raise TypeError(f"field crt_origin: expected string, got {type(crt_origin).__name__}")

        domain = d.pop("domain", UNSET)
        if domain is None:
            domain = UNSET
        if not isinstance(domain, (str, Unset)):
            raise TypeError(f"field domain: expected string, got {type(domain).__name__}")

        ip = d.pop("ip", UNSET)
        if ip is None:
            ip = UNSET
        if not isinstance(ip, (str, Unset)):
            raise TypeError(f"field ip: expected string, got {type(ip).__name__}")

        key = d.pop("key", UNSET)
        if key is None:
            key = UNSET
        if not isinstance(key, (str, Unset)):
            raise TypeError(f"field key: expected string, got {type(key).__name__}")

        key_origin = d.pop("key_origin", UNSET)
        if key_origin is None:
            key_origin = UNSET
        if not isinstance(key_origin, (str, Unset)):
            raise TypeError(f"field key_origin: expected string, got {type(key_origin).__name__}")

        _searched_users = d.pop("searched_users", UNSET)
        searched_users: list[str] | Unset = UNSET
        if _searched_users is not None and not isinstance(_searched_users, Unset):  # null reads as UNSET
            if not isinstance(_searched_users, list):
                raise TypeError(f"field searched_users: expected array, got {type(_searched_users).__name__}")
            searched_users = []
            for searched_users_item_data in _searched_users:
                searched_users_item = searched_users_item_data
                if not isinstance(searched_users_item, (str,)):
                    raise TypeError(
                        f"field searched_users_item: expected string, got {type(searched_users_item).__name__}"
                    )

                searched_users.append(searched_users_item)

        user = d.pop("user", UNSET)
        if user is None:
            user = UNSET
        if not isinstance(user, (str, Unset)):
            raise TypeError(f"field user: expected string, got {type(user).__name__}")

        fetchsslinfo_data = cls(
            cab=cab,
            crt=crt,
            crt_origin=crt_origin,
            domain=domain,
            ip=ip,
            key=key,
            key_origin=key_origin,
            searched_users=searched_users,
            user=user,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        fetchsslinfo_data.additional_properties = additional_properties
        return fetchsslinfo_data

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
