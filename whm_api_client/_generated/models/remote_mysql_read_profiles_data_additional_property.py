# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RemoteMysqlReadProfilesDataAdditionalProperty")


@_attrs_define
class RemoteMysqlReadProfilesDataAdditionalProperty:
    """
    Attributes:
        active (int | Unset):
        is_localhost_profile (int | Unset):
        mysql_host (str | Unset):
        mysql_pass (str | Unset):
        mysql_port (int | Unset):
        mysql_user (str | Unset):
        mysql_version_is_supported (int | Unset):
        setup_via (str | Unset):
    """

    active: int | Unset = UNSET
    is_localhost_profile: int | Unset = UNSET
    mysql_host: str | Unset = UNSET
    mysql_pass: str | Unset = UNSET
    mysql_port: int | Unset = UNSET
    mysql_user: str | Unset = UNSET
    mysql_version_is_supported: int | Unset = UNSET
    setup_via: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        is_localhost_profile = self.is_localhost_profile

        mysql_host = self.mysql_host

        mysql_pass = self.mysql_pass

        mysql_port = self.mysql_port

        mysql_user = self.mysql_user

        mysql_version_is_supported = self.mysql_version_is_supported

        setup_via = self.setup_via

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if active is not UNSET:
            field_dict["active"] = active
        if is_localhost_profile is not UNSET:
            field_dict["is_localhost_profile"] = is_localhost_profile
        if mysql_host is not UNSET:
            field_dict["mysql_host"] = mysql_host
        if mysql_pass is not UNSET:
            field_dict["mysql_pass"] = mysql_pass
        if mysql_port is not UNSET:
            field_dict["mysql_port"] = mysql_port
        if mysql_user is not UNSET:
            field_dict["mysql_user"] = mysql_user
        if mysql_version_is_supported is not UNSET:
            field_dict["mysql_version_is_supported"] = mysql_version_is_supported
        if setup_via is not UNSET:
            field_dict["setup_via"] = setup_via

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        active = d.pop("active", UNSET)
        if active is None:
            active = UNSET
        if not isinstance(active, (int, Unset)):
            raise TypeError(f"field active: expected integer, got {type(active).__name__}")

        is_localhost_profile = d.pop("is_localhost_profile", UNSET)
        if is_localhost_profile is None:
            is_localhost_profile = UNSET
        if not isinstance(is_localhost_profile, (int, Unset)):
            raise TypeError(f"field is_localhost_profile: expected integer, got {type(is_localhost_profile).__name__}")

        mysql_host = d.pop("mysql_host", UNSET)
        if mysql_host is None:
            mysql_host = UNSET
        if not isinstance(mysql_host, (str, Unset)):
            raise TypeError(f"field mysql_host: expected string, got {type(mysql_host).__name__}")

        mysql_pass = d.pop("mysql_pass", UNSET)
        if mysql_pass is None:
            mysql_pass = UNSET
        if not isinstance(mysql_pass, (str, Unset)):
            raise TypeError(f"field mysql_pass: expected string, got {type(mysql_pass).__name__}")

        mysql_port = d.pop("mysql_port", UNSET)
        if mysql_port is None:
            mysql_port = UNSET
        if not isinstance(mysql_port, (int, Unset)):
            raise TypeError(f"field mysql_port: expected integer, got {type(mysql_port).__name__}")

        mysql_user = d.pop("mysql_user", UNSET)
        if mysql_user is None:
            mysql_user = UNSET
        if not isinstance(mysql_user, (str, Unset)):
            raise TypeError(f"field mysql_user: expected string, got {type(mysql_user).__name__}")

        mysql_version_is_supported = d.pop("mysql_version_is_supported", UNSET)
        if mysql_version_is_supported is None:
            mysql_version_is_supported = UNSET
        if not isinstance(mysql_version_is_supported, (int, Unset)):
            raise TypeError(
                f"field mysql_version_is_supported: expected integer, got {type(mysql_version_is_supported).__name__}"
            )

        setup_via = d.pop("setup_via", UNSET)
        if setup_via is None:
            setup_via = UNSET
        if not isinstance(setup_via, (str, Unset)):
            raise TypeError(f"field setup_via: expected string, got {type(setup_via).__name__}")

        remote_mysql_read_profiles_data_additional_property = cls(
            active=active,
            is_localhost_profile=is_localhost_profile,
            mysql_host=mysql_host,
            mysql_pass=mysql_pass,
            mysql_port=mysql_port,
            mysql_user=mysql_user,
            mysql_version_is_supported=mysql_version_is_supported,
            setup_via=setup_via,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        remote_mysql_read_profiles_data_additional_property.additional_properties = additional_properties
        return remote_mysql_read_profiles_data_additional_property

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
