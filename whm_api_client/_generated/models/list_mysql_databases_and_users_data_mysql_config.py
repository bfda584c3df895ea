# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_value

T = TypeVar("T", bound="ListMysqlDatabasesAndUsersDataMysqlConfig")
_new_instance = object.__new__


@_attrs_define
class ListMysqlDatabasesAndUsersDataMysqlConfig:
    """
    Attributes:
        mysql_version (str | Unset):
        prefix_length (int | Unset):
        use_db_prefix (int | Unset):
    """

    mysql_version: str | Unset = UNSET
    prefix_length: int | Unset = UNSET
    use_db_prefix: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        mysql_version = self.mysql_version

        prefix_length = self.prefix_length

        use_db_prefix = self.use_db_prefix

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if mysql_version is not UNSET:
            field_dict["mysql-version"] = mysql_version
        if prefix_length is not UNSET:
            field_dict["prefix_length"] = prefix_length
        if use_db_prefix is not UNSET:
            field_dict["use_db_prefix"] = use_db_prefix

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        mysql_version = d.pop("mysql-version", UNSET)
        if mysql_version.__class__ is not str:
            mysql_version = read_value(mysql_version, "mysql-version", "string", False)

        prefix_length = d.pop("prefix_length", UNSET)
        if prefix_length.__class__ is not int:
            prefix_length = read_value(prefix_length, "prefix_length", "integer", False)

        use_db_prefix = d.pop("use_db_prefix", UNSET)
        if use_db_prefix.__class__ is not int:
            use_db_prefix = read_value(use_db_prefix, "use_db_prefix", "integer", False)

        list_mysql_databases_and_users_data_mysql_config = _new_instance(cls)
        list_mysql_databases_and_users_data_mysql_config.mysql_version = mysql_version
        list_mysql_databases_and_users_data_mysql_config.prefix_length = prefix_length
        list_mysql_databases_and_users_data_mysql_config.use_db_prefix = use_db_prefix

        list_mysql_databases_and_users_data_mysql_config.additional_properties = dict(d) if d else {}
        return list_mysql_databases_and_users_data_mysql_config

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
