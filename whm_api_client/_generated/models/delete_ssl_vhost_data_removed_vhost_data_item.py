# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DeleteSslVhostDataRemovedVhostDataItem")


@_attrs_define
class DeleteSslVhostDataRemovedVhostDataItem:
    """
    Attributes:
        ip_port (list[str] | Unset):
        is_ssl (int | Unset):
        primary_on_ip_port (str | Unset):
        servername (str | Unset):
        vhost_entry (str | Unset):
    """

    ip_port: list[str] | Unset = UNSET
    is_ssl: int | Unset = UNSET
    primary_on_ip_port: str | Unset = UNSET
    servername: str | Unset = UNSET
    vhost_entry: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ip_port: list[str] | Unset = UNSET
        if not isinstance(self.ip_port, Unset):
            ip_port = self.ip_port

        is_ssl = self.is_ssl

        primary_on_ip_port = self.primary_on_ip_port

        servername = self.servername

        vhost_entry = self.vhost_entry

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ip_port is not UNSET:
            field_dict["ip_port"] = ip_port
        if is_ssl is not UNSET:
            field_dict["is_ssl"] = is_ssl
        if primary_on_ip_port is not UNSET:
            field_dict["primary_on_ip_port"] = primary_on_ip_port
        if servername is not UNSET:
            field_dict["servername"] = servername
        if vhost_entry is not UNSET:
            field_dict["vhost_entry"] = vhost_entry

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _ip_port = d.pop("ip_port", UNSET)
        ip_port: list[str] | Unset = UNSET
        if _ip_port is not None and not isinstance(_ip_port, Unset):  # null reads as UNSET
            if not isinstance(_ip_port, list):
                raise TypeError(f"field ip_port: expected array, got {type(_ip_port).__name__}")
            ip_port = []
            for ip_port_item_data in _ip_port:
                ip_port_item = ip_port_item_data
                if not isinstance(ip_port_item, (str,)):
                    raise TypeError(f"field ip_port_item: expected string, got {type(ip_port_item).__name__}")

                ip_port.append(ip_port_item)

        is_ssl = d.pop("is_ssl", UNSET)
        if is_ssl is None:
            is_ssl = UNSET
        if not isinstance(is_ssl, (int, Unset)):
            raise TypeError(f"field is_ssl: expected integer, got {type(is_ssl).__name__}")

        primary_on_ip_port = d.pop("primary_on_ip_port", UNSET)
        if primary_on_ip_port is None:
            primary_on_ip_port = UNSET
        if not isinstance(primary_on_ip_port, (str, Unset)):
            raise TypeError(f"field primary_on_ip_port: expected string, got {type(primary_on_ip_port).__name__}")

        servername = d.pop("servername", UNSET)
        if servername is None:
            servername = UNSET
        if not isinstance(servername, (str, Unset)):
            raise TypeError(f"field servername: expected string, got {type(servername).__name__}")

        vhost_entry = d.pop("vhost_entry", UNSET)
        if vhost_entry is None:
            vhost_entry = UNSET
        if not isinstance(vhost_entry, (str, Unset)):
            raise TypeError(f"field vhost_entry: expected string, got {type(vhost_entry).__name__}")

        delete_ssl_vhost_data_removed_vhost_data_item = cls(
            ip_port=ip_port,
            is_ssl=is_ssl,
            primary_on_ip_port=primary_on_ip_port,
            servername=servername,
            vhost_entry=vhost_entry,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        delete_ssl_vhost_data_removed_vhost_data_item.additional_properties = additional_properties
        return delete_ssl_vhost_data_removed_vhost_data_item

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
