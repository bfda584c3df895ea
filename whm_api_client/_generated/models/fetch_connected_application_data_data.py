# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_items, read_list, read_value

T = TypeVar("T", bound="FetchConnectedApplicationDataData")
_new_instance = object.__new__


@_attrs_define
class FetchConnectedApplicationDataData:
    """
    Attributes:
        jwt (Any | Unset):
        private_key (str | Unset):
        privileges_granted (list[str] | Unset):
        public_key (str | Unset):
        token_name (str | Unset):
    """

    jwt: Any | Unset = UNSET
    private_key: str | Unset = UNSET
    privileges_granted: list[str] | Unset = UNSET
    public_key: str | Unset = UNSET
    token_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        jwt = self.jwt

        private_key = self.private_key

        privileges_granted: list[str] | Unset = UNSET
        if not isinstance(self.privileges_granted, Unset):
            privileges_granted = self.privileges_granted

        public_key = self.public_key

        token_name = self.token_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if jwt is not UNSET:
            field_dict["jwt"] = jwt
        if private_key is not UNSET:
            field_dict["private_key"] = private_key
        if privileges_granted is not UNSET:
            field_dict["privileges_granted"] = privileges_granted
        if public_key is not UNSET:
            field_dict["public_key"] = public_key
        if token_name is not UNSET:
            field_dict["token_name"] = token_name

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        jwt = d.pop("jwt", UNSET)

        private_key = d.pop("private_key", UNSET)
        if private_key.__class__ is not str:
            private_key = read_value(private_key, "private_key", "string", False)

        _privileges_granted = d.pop("privileges_granted", UNSET)
        if _privileges_granted.__class__ is not list:
            _privileges_granted = read_list(_privileges_granted, "privileges_granted", False)
        privileges_granted: list[str] | Unset = UNSET
        if _privileges_granted is not UNSET:
            privileges_granted = _privileges_granted
            for _item in _privileges_granted:
                if _item.__class__ is not str:
                    privileges_granted = read_items(_privileges_granted, "privileges_granted_item", "string")
                    break

        public_key = d.pop("public_key", UNSET)
        if public_key.__class__ is not str:
            public_key = read_value(public_key, "public_key", "string", False)

        token_name = d.pop("token_name", UNSET)
        if token_name.__class__ is not str:
            token_name = read_value(token_name, "token_name", "string", False)

        fetch_connected_application_data_data = _new_instance(cls)
        fetch_connected_application_data_data.jwt = jwt
        fetch_connected_application_data_data.private_key = private_key
        fetch_connected_application_data_data.privileges_granted = privileges_granted
        fetch_connected_application_data_data.public_key = public_key
        fetch_connected_application_data_data.token_name = token_name

        fetch_connected_application_data_data.additional_properties = dict(d) if d else {}
        return fetch_connected_application_data_data

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
