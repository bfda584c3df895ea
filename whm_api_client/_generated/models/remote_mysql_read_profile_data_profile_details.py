# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_value

T = TypeVar("T", bound="RemoteMysqlReadProfileDataProfileDetails")
_new_instance = object.__new__


@_attrs_define
class RemoteMysqlReadProfileDataProfileDetails:
    """
    Attributes:
        active (int | Unset):
        mysql_host (str | Unset):
        mysql_pass (str | Unset):
        mysql_port (int | Unset):
        mysql_user (str | Unset):
        setup_via (str | Unset):
    """

    active: int | Unset = UNSET
    mysql_host: str | Unset = UNSET
    mysql_pass: str | Unset = UNSET
    mysql_port: int | Unset = UNSET
    mysql_user: str | Unset = UNSET
    setup_via: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        active = self.active

        mysql_host = self.mysql_host

        mysql_pass = self.mysql_pass

        mysql_port = self.mysql_port

        mysql_user = self.mysql_user

        setup_via = self.setup_via

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if active is not UNSET:
            field_dict["active"] = active
        if mysql_host is not UNSET:
            field_dict["mysql_host"] = mysql_host
        if mysql_pass is not UNSET:
            field_dict["mysql_pass"] = mysql_pass
        if mysql_port is not UNSET:
            field_dict["mysql_port"] = mysql_port
        if mysql_user is not UNSET:
            field_dict["mysql_user"] = mysql_user
        if setup_via is not UNSET:
            field_dict["setup_via"] = setup_via

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        active = d.pop("active", UNSET)
        if active.__class__ is not int:
            active = read_value(active, "active", "integer", False)

        mysql_host = d.pop("mysql_host", UNSET)
        if mysql_host.__class__ is not str:
            mysql_host = read_value(mysql_host, "mysql_host", "string", False)

        mysql_pass = d.pop("mysql_pass", UNSET)
        if mysql_pass.__class__ is not str:
            mysql_pass = read_value(mysql_pass, "mysql_pass", "string", False)

        mysql_port = d.pop("mysql_port", UNSET)
        if mysql_port.__class__ is not int:
            mysql_port = read_value(mysql_port, "mysql_port", "integer", False)

        mysql_user = d.pop("mysql_user", UNSET)
        if mysql_user.__class__ is not str:
            mysql_user = read_value(mysql_user, "mysql_user", "string", False)

        setup_via = d.pop("setup_via", UNSET)
        if setup_via.__class__ is not str:
            setup_via = read_value(setup_via, "setup_via", "string", False)

        remote_mysql_read_profile_data_profile_details = _new_instance(cls)
        remote_mysql_read_profile_data_profile_details.active = active
        remote_mysql_read_profile_data_profile_details.mysql_host = mysql_host
        remote_mysql_read_profile_data_profile_details.mysql_pass = mysql_pass
        remote_mysql_read_profile_data_profile_details.mysql_port = mysql_port
        remote_mysql_read_profile_data_profile_details.mysql_user = mysql_user
        remote_mysql_read_profile_data_profile_details.setup_via = setup_via

        remote_mysql_read_profile_data_profile_details.additional_properties = dict(d) if d else {}
        return remote_mysql_read_profile_data_profile_details

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
