# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_items, read_list, read_value

T = TypeVar("T", bound="GetServerNodeStatusData")
_new_instance = object.__new__


@_attrs_define
class GetServerNodeStatusData:
    """
    Attributes:
        enabled_services (list[str] | Unset):
        remote_node_linkages (list[Any] | Unset):
        system_settings (Any | Unset):
        tls_verified (int | Unset):
        version (str | Unset):
    """

    enabled_services: list[str] | Unset = UNSET
    remote_node_linkages: list[Any] | Unset = UNSET
    system_settings: Any | Unset = UNSET
    tls_verified: int | Unset = UNSET
    version: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        enabled_services: list[str] | Unset = UNSET
        if not isinstance(self.enabled_services, Unset):
            enabled_services = self.enabled_services

        remote_node_linkages: list[Any] | Unset = UNSET
        if not isinstance(self.remote_node_linkages, Unset):
            remote_node_linkages = self.remote_node_linkages

        system_settings = self.system_settings

        tls_verified = self.tls_verified

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if enabled_services is not UNSET:
            field_dict["enabled_services"] = enabled_services
        if remote_node_linkages is not UNSET:
            field_dict["remote_node_linkages"] = remote_node_linkages
        if system_settings is not UNSET:
            field_dict["system_settings"] = system_settings
        if tls_verified is not UNSET:
            field_dict["tls_verified"] = tls_verified
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _enabled_services = d.pop("enabled_services", UNSET)
        if _enabled_services.__class__ is not list:
            _enabled_services = read_list(_enabled_services, "enabled_services", False)
        enabled_services: list[str] | Unset = UNSET
        if _enabled_services is not UNSET:
            enabled_services = _enabled_services
            for _item in _enabled_services:
                if _item.__class__ is not str:
                    enabled_services = read_items(_enabled_services, "enabled_services_item", "string")
                    break

        _remote_node_linkages = d.pop("remote_node_linkages", UNSET)
        if _remote_node_linkages.__class__ is not list:
            _remote_node_linkages = read_list(_remote_node_linkages, "remote_node_linkages", False)
        remote_node_linkages: list[Any] | Unset = UNSET
        if _remote_node_linkages is not UNSET:
            remote_node_linkages = []
            for remote_node_linkages_item_data in _remote_node_linkages:
                remote_node_linkages_item = remote_node_linkages_item_data

                remote_node_linkages.append(remote_node_linkages_item)

        system_settings = d.pop("system_settings", UNSET)

        tls_verified = d.pop("tls_verified", UNSET)
        if tls_verified.__class__ is not int:
            tls_verified = read_value(tls_verified, "tls_verified", "integer", False)

        version = d.pop("version", UNSET)
        if version.__class__ is not str:
            version = read_value(version, "version", "string", False)

        get_server_node_status_data = _new_instance(cls)
        get_server_node_status_data.enabled_services = enabled_services
        get_server_node_status_data.remote_node_linkages = remote_node_linkages
        get_server_node_status_data.system_settings = system_settings
        get_server_node_status_data.tls_verified = tls_verified
        get_server_node_status_data.version = version

        get_server_node_status_data.additional_properties = dict(d) if d else {}
        return get_server_node_status_data

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
