# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_value

T = TypeVar("T", bound="InstallableMysqlVersionsDataVersionsItem")
_new_instance = object.__new__


@_attrs_define
class InstallableMysqlVersionsDataVersionsItem:
    """
    Attributes:
        server (str | Unset):
        version (str | Unset):
    """

    server: str | Unset = UNSET
    version: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        server = self.server

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if server is not UNSET:
            field_dict["server"] = server
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        server = d.pop("server", UNSET)
        if server.__class__ is not str:
            server = read_value(server, "server", "string", False)

        version = d.pop("version", UNSET)
        if version.__class__ is not str:
            version = read_value(version, "version", "string", False)

        installable_mysql_versions_data_versions_item = _new_instance(cls)
        installable_mysql_versions_data_versions_item.server = server
        installable_mysql_versions_data_versions_item.version = version

        installable_mysql_versions_data_versions_item.additional_properties = dict(d) if d else {}
        return installable_mysql_versions_data_versions_item

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
