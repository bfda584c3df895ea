# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FetchConnectedApplicationDataData")


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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        jwt = d.pop("jwt", UNSET)

        private_key = d.pop("private_key", UNSET)
        if private_key is None:
            private_key = UNSET
        if not isinstance(private_key, (str, Unset)):
            raise TypeError(f"field private_key: expected string, got {type(private_key).__name__}")

        _privileges_granted = d.pop("privileges_granted", UNSET)
        privileges_granted: list[str] | Unset = UNSET
        if _privileges_granted is not None and not isinstance(_privileges_granted, Unset):  # null reads as UNSET
            if not isinstance(_privileges_granted, list):
                raise TypeError(f"field privileges_granted: expected array, got {type(_privileges_granted).__name__}")
            privileges_granted = []
            for privileges_granted_item_data in _privileges_granted:
                privileges_granted_item = privileges_granted_item_data
                if not isinstance(privileges_granted_item, (str,)):
                    raise TypeError(
                        f"field privileges_granted_item: expected string, got {type(privileges_granted_item).__name__}"
                    )

                privileges_granted.append(privileges_granted_item)

        public_key = d.pop("public_key", UNSET)
        if public_key is None:
            public_key = UNSET
        if not isinstance(public_key, (str, Unset)):
            raise TypeError(f"field public_key: expected string, got {type(public_key).__name__}")

        token_name = d.pop("token_name", UNSET)
        if token_name is None:
            token_name = UNSET
        if not isinstance(token_name, (str, Unset)):
            raise TypeError(f"field token_name: expected string, got {type(token_name).__name__}")

        fetch_connected_application_data_data = cls(
            jwt=jwt,
            private_key=private_key,
            privileges_granted=privileges_granted,
            public_key=public_key,
            token_name=token_name,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        fetch_connected_application_data_data.additional_properties = additional_properties
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
