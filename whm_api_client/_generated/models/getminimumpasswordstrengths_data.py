# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetminimumpasswordstrengthsData")


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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        createacct = d.pop("createacct", UNSET)
        if createacct is None:
            createacct = UNSET
        if not isinstance(createacct, (int, Unset)):
            raise TypeError(f"field createacct: expected integer, got {type(createacct).__name__}")

        default = d.pop("default", UNSET)
        if default is None:
            default = UNSET
        if not isinstance(default, (int, Unset)):
            raise TypeError(f"field default: expected integer, got {type(default).__name__}")

        ftp = d.pop("ftp", UNSET)
        if ftp is None:
            ftp = UNSET
        if not isinstance(ftp, (int, Unset)):
            raise TypeError(f"field ftp: expected integer, got {type(ftp).__name__}")

        list_ = d.pop("list", UNSET)
        if list_ is None:
            list_ = UNSET
        if not isinstance(list_, (int, Unset)):
            raise TypeError(f"field list: expected integer, got {type(list_).__name__}")

        mysql = d.pop("mysql", UNSET)
        if mysql is None:
            mysql = UNSET
        if not isinstance(mysql, (int, Unset)):
            raise TypeError(f"field mysql: expected integer, got {type(mysql).__name__}")

        passwd = d.pop("passwd", UNSET)
        if passwd is None:
            passwd = UNSET
        if not isinstance(passwd, (int, Unset)):
            raise TypeError(f"field passwd: expected integer, got {type(passwd).__name__}")

        postgres = d.pop("postgres", UNSET)
        if postgres is None:
            postgres = UNSET
        if not isinstance(postgres, (int, Unset)):
            raise TypeError(f"field postgres: expected integer, got {type(postgres).__name__}")

        sshkey = d.pop("sshkey", UNSET)
        if sshkey is None:
            sshkey = UNSET
        if not isinstance(sshkey, (int, Unset)):
            raise TypeError(f"field sshkey: expected integer, got {type(sshkey).__name__}")

        virtual = d.pop("virtual", UNSET)
        if virtual is None:
            virtual = UNSET
        if not isinstance(virtual, (int, Unset)):
            raise TypeError(f"field virtual: expected integer, got {type(virtual).__name__}")

        getminimumpasswordstrengths_data = cls(
            createacct=createacct,
            default=default,
            ftp=ftp,
            list_=list_,
            mysql=mysql,
            passwd=passwd,
            postgres=postgres,
            sshkey=sshkey,
            virtual=virtual,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        getminimumpasswordstrengths_data.additional_properties = additional_properties
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
