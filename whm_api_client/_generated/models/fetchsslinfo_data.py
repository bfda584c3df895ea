# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_items, read_list, read_value

T = TypeVar("T", bound="FetchsslinfoData")
_new_instance = object.__new__


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
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
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

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cab = d.pop("cab", UNSET)
        if cab.__class__ is not str:
            cab = read_value(cab, "cab", "string", False)

        crt = d.pop("crt", UNSET)
        if crt.__class__ is not str:
            crt = read_value(crt, "crt", "string", False)

        crt_origin = d.pop("crt_origin", UNSET)
        if crt_origin.__class__ is not str:
            crt_origin = read_value(crt_origin, "crt_origin", "string", False)

        domain = d.pop("domain", UNSET)
        if domain.__class__ is not str:
            domain = read_value(domain, "domain", "string", False)

        ip = d.pop("ip", UNSET)
        if ip.__class__ is not str:
            ip = read_value(ip, "ip", "string", False)

        key = d.pop("key", UNSET)
        if key.__class__ is not str:
            key = read_value(key, "key", "string", False)

        key_origin = d.pop("key_origin", UNSET)
        if key_origin.__class__ is not str:
            key_origin = read_value(key_origin, "key_origin", "string", False)

        _searched_users = d.pop("searched_users", UNSET)
        if _searched_users.__class__ is not list:
            _searched_users = read_list(_searched_users, "searched_users", False)
        searched_users: list[str] | Unset = UNSET
        if _searched_users is not UNSET:
            searched_users = _searched_users
            for _item in _searched_users:
                if _item.__class__ is not str:
                    searched_users = read_items(_searched_users, "searched_users_item", "string")
                    break

        user = d.pop("user", UNSET)
        if user.__class__ is not str:
            user = read_value(user, "user", "string", False)

        fetchsslinfo_data = _new_instance(cls)
        fetchsslinfo_data.cab = cab
        fetchsslinfo_data.crt = crt
        fetchsslinfo_data.crt_origin = crt_origin
        fetchsslinfo_data.domain = domain
        fetchsslinfo_data.ip = ip
        fetchsslinfo_data.key = key
        fetchsslinfo_data.key_origin = key_origin
        fetchsslinfo_data.searched_users = searched_users
        fetchsslinfo_data.user = user

        fetchsslinfo_data.additional_properties = dict(d) if d else {}
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
