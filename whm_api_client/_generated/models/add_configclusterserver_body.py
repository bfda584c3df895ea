# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AddConfigclusterserverBody")


@_attrs_define
class AddConfigclusterserverBody:
    """
    Attributes:
        name (str):
        key (str):
        user (str):
    """

    name: str
    key: str
    user: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        key = self.key

        user = self.user

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "key": key,
                "user": user,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")
        if not isinstance(name, (str,)):
            raise TypeError(f"field name: expected string, got {type(name).__name__}")

        key = d.pop("key")
        if not isinstance(key, (str,)):
            raise TypeError(f"field key: expected string, got {type(key).__name__}")

        user = d.pop("user")
        if not isinstance(user, (str,)):
            raise TypeError(f"field user: expected string, got {type(user).__name__}")

        add_configclusterserver_body = cls(
            name=name,
            key=key,
            user=user,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        add_configclusterserver_body.additional_properties = additional_properties
        return add_configclusterserver_body

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
