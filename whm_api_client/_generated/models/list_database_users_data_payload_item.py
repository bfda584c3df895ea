# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ListDatabaseUsersDataPayloadItem")


@_attrs_define
class ListDatabaseUsersDataPayloadItem:
    """
    Attributes:
        name (str | Unset):
        cpuser (str | Unset):
        engine (str | Unset):
    """

    name: str | Unset = UNSET
    cpuser: str | Unset = UNSET
    engine: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        cpuser = self.cpuser

        engine = self.engine

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if cpuser is not UNSET:
            field_dict["cpuser"] = cpuser
        if engine is not UNSET:
            field_dict["engine"] = engine

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)
        if name is None:
            name = UNSET
        if not isinstance(name, (str, Unset)):
            raise TypeError(f"field name: expected string, got {type(name).__name__}")

        cpuser = d.pop("cpuser", UNSET)
        if cpuser is None:
            cpuser = UNSET
        if not isinstance(cpuser, (str, Unset)):
            raise TypeError(f"field cpuser: expected string, got {type(cpuser).__name__}")

        engine = d.pop("engine", UNSET)
        if engine is None:
            engine = UNSET
        if not isinstance(engine, (str, Unset)):
            raise TypeError(f"field engine: expected string, got {type(engine).__name__}")

        list_database_users_data_payload_item = cls(
            name=name,
            cpuser=cpuser,
            engine=engine,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        list_database_users_data_payload_item.additional_properties = additional_properties
        return list_database_users_data_payload_item

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
