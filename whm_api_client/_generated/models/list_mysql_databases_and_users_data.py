# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_mysql_databases_and_users_data_mysql_config import ListMysqlDatabasesAndUsersDataMysqlConfig
    from ..models.list_mysql_databases_and_users_data_mysql_databases import (
        ListMysqlDatabasesAndUsersDataMysqlDatabases,
    )


T = TypeVar("T", bound="ListMysqlDatabasesAndUsersData")


@_attrs_define
class ListMysqlDatabasesAndUsersData:
    """
    Attributes:
        mysql_config (ListMysqlDatabasesAndUsersDataMysqlConfig | Unset):
        mysql_databases (ListMysqlDatabasesAndUsersDataMysqlDatabases | Unset):
    """

    mysql_config: ListMysqlDatabasesAndUsersDataMysqlConfig | Unset = UNSET
    mysql_databases: ListMysqlDatabasesAndUsersDataMysqlDatabases | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mysql_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.mysql_config, Unset):
            mysql_config = self.mysql_config.to_dict()

        mysql_databases: dict[str, Any] | Unset = UNSET
        if not isinstance(self.mysql_databases, Unset):
            mysql_databases = self.mysql_databases.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if mysql_config is not UNSET:
            field_dict["mysql_config"] = mysql_config
        if mysql_databases is not UNSET:
            field_dict["mysql_databases"] = mysql_databases

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _mysql_config = d.pop("mysql_config", UNSET)
        mysql_config: ListMysqlDatabasesAndUsersDataMysqlConfig | Unset
        if _mysql_config is None or isinstance(_mysql_config, Unset):  # null reads as UNSET
            mysql_config = UNSET
        else:
            if not isinstance(_mysql_config, dict):
                raise TypeError(f"field mysql_config: expected object, got {type(_mysql_config).__name__}")
            mysql_config = ListMysqlDatabasesAndUsersDataMysqlConfig.from_dict(_mysql_config)

        _mysql_databases = d.pop("mysql_databases", UNSET)
        mysql_databases: ListMysqlDatabasesAndUsersDataMysqlDatabases | Unset
        if _mysql_databases is None or isinstance(_mysql_databases, Unset):  # null reads as UNSET
            mysql_databases = UNSET
        else:
            if not isinstance(_mysql_databases, dict):
                raise TypeError(f"field mysql_databases: expected object, got {type(_mysql_databases).__name__}")
            mysql_databases = ListMysqlDatabasesAndUsersDataMysqlDatabases.from_dict(_mysql_databases)

        list_mysql_databases_and_users_data = cls(
            mysql_config=mysql_config,
            mysql_databases=mysql_databases,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        list_mysql_databases_and_users_data.additional_properties = additional_properties
        return list_mysql_databases_and_users_data

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


from ..models.list_mysql_databases_and_users_data_mysql_config import ListMysqlDatabasesAndUsersDataMysqlConfig  # noqa: E402
from ..models.list_mysql_databases_and_users_data_mysql_databases import ListMysqlDatabasesAndUsersDataMysqlDatabases  # noqa: E402
