# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_items, read_list, read_value

T = TypeVar("T", bound="CheckRemoteSshConnectionData")
_new_instance = object.__new__


@_attrs_define
class CheckRemoteSshConnectionData:
    """
    Attributes:
        comment (str | Unset):
        protocol_versions (list[str] | Unset):
        received (str | Unset):
        server_software (str | Unset):
    """

    comment: str | Unset = UNSET
    protocol_versions: list[str] | Unset = UNSET
    received: str | Unset = UNSET
    server_software: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        comment = self.comment

        protocol_versions: list[str] | Unset = UNSET
        if not isinstance(self.protocol_versions, Unset):
            protocol_versions = self.protocol_versions

        received = self.received

        server_software = self.server_software

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if comment is not UNSET:
            field_dict["comment"] = comment
        if protocol_versions is not UNSET:
            field_dict["protocol_versions"] = protocol_versions
        if received is not UNSET:
            field_dict["received"] = received
        if server_software is not UNSET:
            field_dict["server_software"] = server_software

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        comment = d.pop("comment", UNSET)
        if comment.__class__ is not str:
            comment = read_value(comment, "comment", "string", False)

        _protocol_versions = d.pop("protocol_versions", UNSET)
        if _protocol_versions.__class__ is not list:
            _protocol_versions = read_list(_protocol_versions, "protocol_versions", False)
        protocol_versions: list[str] | Unset = UNSET
        if _protocol_versions is not UNSET:
            protocol_versions = _protocol_versions
            for _item in _protocol_versions:
                if _item.__class__ is not str:
                    protocol_versions = read_items(_protocol_versions, "protocol_versions_item", "string")
                    break

        received = d.pop("received", UNSET)
        if received.__class__ is not str:
            received = read_value(received, "received", "string", False)

        server_software = d.pop("server_software", UNSET)
        if server_software.__class__ is not str:
            server_software = read_value(server_software, "server_software", "string", False)

        check_remote_ssh_connection_data = _new_instance(cls)
        check_remote_ssh_connection_data.comment = comment
        check_remote_ssh_connection_data.protocol_versions = protocol_versions
        check_remote_ssh_connection_data.received = received
        check_remote_ssh_connection_data.server_software = server_software

        check_remote_ssh_connection_data.additional_properties = dict(d) if d else {}
        return check_remote_ssh_connection_data

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
