# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_items, read_list, read_value

T = TypeVar("T", bound="DeleteSslVhostDataRemovedVhostDataItem")
_new_instance = object.__new__


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
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
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

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _ip_port = d.pop("ip_port", UNSET)
        if _ip_port.__class__ is not list:
            _ip_port = read_list(_ip_port, "ip_port", False)
        ip_port: list[str] | Unset = UNSET
        if _ip_port is not UNSET:
            ip_port = _ip_port
            for _item in _ip_port:
                if _item.__class__ is not str:
                    ip_port = read_items(_ip_port, "ip_port_item", "string")
                    break

        is_ssl = d.pop("is_ssl", UNSET)
        if is_ssl.__class__ is not int:
            is_ssl = read_value(is_ssl, "is_ssl", "integer", False)

        primary_on_ip_port = d.pop("primary_on_ip_port", UNSET)
        if primary_on_ip_port.__class__ is not str:
            primary_on_ip_port = read_value(primary_on_ip_port, "primary_on_ip_port", "string", False)

        servername = d.pop("servername", UNSET)
        if servername.__class__ is not str:
            servername = read_value(servername, "servername", "string", False)

        vhost_entry = d.pop("vhost_entry", UNSET)
        if vhost_entry.__class__ is not str:
            vhost_entry = read_value(vhost_entry, "vhost_entry", "string", False)

        delete_ssl_vhost_data_removed_vhost_data_item = _new_instance(cls)
        delete_ssl_vhost_data_removed_vhost_data_item.ip_port = ip_port
        delete_ssl_vhost_data_removed_vhost_data_item.is_ssl = is_ssl
        delete_ssl_vhost_data_removed_vhost_data_item.primary_on_ip_port = primary_on_ip_port
        delete_ssl_vhost_data_removed_vhost_data_item.servername = servername
        delete_ssl_vhost_data_removed_vhost_data_item.vhost_entry = vhost_entry

        delete_ssl_vhost_data_removed_vhost_data_item.additional_properties = dict(d) if d else {}
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
