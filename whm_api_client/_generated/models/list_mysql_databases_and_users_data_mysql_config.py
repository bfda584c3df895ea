# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ListMysqlDatabasesAndUsersDataMysqlConfig")


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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        mysql_version = d.pop("mysql-version", UNSET)
        if mysql_version is None:
            mysql_version = UNSET
        if not isinstance(mysql_version, (str, Unset)):
            raise TypeError(f"field mysql-version: expected string, got {type(mysql_version).__name__}")

        prefix_length = d.pop("prefix_length", UNSET)
        if prefix_length is None:
            prefix_length = UNSET
        if not isinstance(prefix_length, (int, Unset)):
            raise TypeError(f"field prefix_length: expected integer, got {type(prefix_length).__name__}")

        use_db_prefix = d.pop("use_db_prefix", UNSET)
        if use_db_prefix is None:
            use_db_prefix = UNSET
        if not isinstance(use_db_prefix, (int, Unset)):
            raise TypeError(f"field use_db_prefix: expected integer, got {type(use_db_prefix).__name__}")

        list_mysql_databases_and_users_data_mysql_config = cls(
            mysql_version=mysql_version,
            prefix_length=prefix_length,
            use_db_prefix=use_db_prefix,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        list_mysql_databases_and_users_data_mysql_config.additional_properties = additional_properties
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
