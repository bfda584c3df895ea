# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_value

T = TypeVar("T", bound="GetminimumpasswordstrengthsData")
_new_instance = object.__new__


@_attrs_define
class GetminimumpasswordstrengthsData:
    """
    Attributes:
        createacct (int | Unset):
        default (int | Unset):
        ftp (int | Unset):
        list_ (int | Unset):
        mysql (int | Unset):
        passwd (int | Unset):
        postgres (int | Unset):
        sshkey (int | Unset):
        virtual (int | Unset):
    """

    createacct: int | Unset = UNSET
    default: int | Unset = UNSET
    ftp: int | Unset = UNSET
    list_: int | Unset = UNSET
    mysql: int | Unset = UNSET
    passwd: int | Unset = UNSET
    postgres: int | Unset = UNSET
    sshkey: int | Unset = UNSET
    virtual: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        createacct = self.createacct

        default = self.default

        ftp = self.ftp

        list_ = self.list_

        mysql = self.mysql

        passwd = self.passwd

        postgres = self.postgres

        sshkey = self.sshkey

        virtual = self.virtual

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if createacct is not UNSET:
            field_dict["createacct"] = createacct
        if default is not UNSET:
            field_dict["default"] = default
        if ftp is not UNSET:
            field_dict["ftp"] = ftp
        if list_ is not UNSET:
            field_dict["list"] = list_
        if mysql is not UNSET:
            field_dict["mysql"] = mysql
        if passwd is not UNSET:
            field_dict["passwd"] = passwd
        if postgres is not UNSET:
            field_dict["postgres"] = postgres
        if sshkey is not UNSET:
            field_dict["sshkey"] = sshkey
        if virtual is not UNSET:
            field_dict["virtual"] = virtual

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        createacct = d.pop("createacct", UNSET)
        if createacct.__class__ is not int:
            createacct = read_value(createacct, "createacct", "integer", False)

        default = d.pop("default", UNSET)
        if default.__class__ is not int:
            default = read_value(default, "default", "integer", False)

        ftp = d.pop("ftp", UNSET)
        if ftp.__class__ is not int:
            ftp = read_value(ftp, "ftp", "integer", False)

        list_ = d.pop("list", UNSET)
        if list_.__class__ is not int:
            list_ = read_value(list_, "list", "integer", False)

        mysql = d.pop("mysql", UNSET)
        if mysql.__class__ is not int:
            mysql = read_value(mysql, "mysql", "integer", False)

        passwd = d.pop("passwd", UNSET)
        if passwd.__class__ is not int:
            passwd = read_value(passwd, "passwd", "integer", False)

        postgres = d.pop("postgres", UNSET)
        if postgres.__class__ is not int:
            postgres = read_value(postgres, "postgres", "integer", False)

        sshkey = d.pop("sshkey", UNSET)
        if sshkey.__class__ is not int:
            sshkey = read_value(sshkey, "sshkey", "integer", False)

        virtual = d.pop("virtual", UNSET)
        if virtual.__class__ is not int:
            virtual = read_value(virtual, "virtual", "integer", False)

        getminimumpasswordstrengths_data = _new_instance(cls)
        getminimumpasswordstrengths_data.createacct = createacct
        getminimumpasswordstrengths_data.default = default
        getminimumpasswordstrengths_data.ftp = ftp
        getminimumpasswordstrengths_data.list_ = list_
        getminimumpasswordstrengths_data.mysql = mysql
        getminimumpasswordstrengths_data.passwd = passwd
        getminimumpasswordstrengths_data.postgres = postgres
        getminimumpasswordstrengths_data.sshkey = sshkey
        getminimumpasswordstrengths_data.virtual = virtual

        getminimumpasswordstrengths_data.additional_properties = dict(d) if d else {}
        return getminimumpasswordstrengths_data

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
