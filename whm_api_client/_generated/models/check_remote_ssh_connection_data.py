# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CheckRemoteSshConnectionData")


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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        comment = d.pop("comment", UNSET)
        if comment is None:
            comment = UNSET
        if not isinstance(comment, (str, Unset)):
            raise TypeError(f"field comment: expected string, got {type(comment).__name__}")

        _protocol_versions = d.pop("protocol_versions", UNSET)
        protocol_versions: list[str] | Unset = UNSET
        if _protocol_versions is not None and not isinstance(_protocol_versions, Unset):  # null reads as UNSET
            if not isinstance(_protocol_versions, list):
                raise TypeError(f"field protocol_versions: expected array, got {type(_protocol_versions).__name__}")
            protocol_versions = []
            for protocol_versions_item_data in _protocol_versions:
                protocol_versions_item = protocol_versions_item_data
                if not isinstance(protocol_versions_item, (str,)):
                    raise TypeError(
                        f"field protocol_versions_item: expected string, got {type(protocol_versions_item).__name__}"
                    )

                protocol_versions.append(protocol_versions_item)

        received = d.pop("received", UNSET)
        if received is None:
            received = UNSET
        if not isinstance(received, (str, Unset)):
            raise TypeError(f"field received: expected string, got {type(received).__name__}")

        server_software = d.pop("server_software", UNSET)
        if server_software is None:
            server_software = UNSET
        if not isinstance(server_software, (str, Unset)):
            raise TypeError(f"field server_software: expected string, got {type(server_software).__name__}")

        check_remote_ssh_connection_data = cls(
            comment=comment,
            protocol_versions=protocol_versions,
            received=received,
            server_software=server_software,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        check_remote_ssh_connection_data.additional_properties = additional_properties
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
