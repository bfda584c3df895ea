# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_object

if TYPE_CHECKING:
    from ..models.list_mysql_databases_and_users_data_mysql_config import ListMysqlDatabasesAndUsersDataMysqlConfig
    from ..models.list_mysql_databases_and_users_data_mysql_databases import (
        ListMysqlDatabasesAndUsersDataMysqlDatabases,
    )


T = TypeVar("T", bound="ListMysqlDatabasesAndUsersData")
_new_instance = object.__new__


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
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
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

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _mysql_config = d.pop("mysql_config", UNSET)
        mysql_config: ListMysqlDatabasesAndUsersDataMysqlConfig | Unset
        if _mysql_config.__class__ is not dict:
            _mysql_config = read_object(_mysql_config, "mysql_config", False)
        mysql_config = (
            UNSET if _mysql_config is UNSET else ListMysqlDatabasesAndUsersDataMysqlConfig.from_dict(_mysql_config)
        )

        _mysql_databases = d.pop("mysql_databases", UNSET)
        mysql_databases: ListMysqlDatabasesAndUsersDataMysqlDatabases | Unset
        if _mysql_databases.__class__ is not dict:
            _mysql_databases = read_object(_mysql_databases, "mysql_databases", False)
        mysql_databases = (
            UNSET
            if _mysql_databases is UNSET
            else ListMysqlDatabasesAndUsersDataMysqlDatabases.from_dict(_mysql_databases)
        )

        list_mysql_databases_and_users_data = _new_instance(cls)
        list_mysql_databases_and_users_data.mysql_config = mysql_config
        list_mysql_databases_and_users_data.mysql_databases = mysql_databases

        list_mysql_databases_and_users_data.additional_properties = dict(d) if d else {}
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
