# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_value

T = TypeVar("T", bound="IsHttpsAvailableData")
_new_instance = object.__new__


@_attrs_define
class IsHttpsAvailableData:
    """
    Attributes:
        dns_server (str | Unset):
        https (int | Unset):
    """

    dns_server: str | Unset = UNSET
    https: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        dns_server = self.dns_server

        https = self.https

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if dns_server is not UNSET:
            field_dict["dns_server"] = dns_server
        if https is not UNSET:
            field_dict["https"] = https

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        dns_server = d.pop("dns_server", UNSET)
        if dns_server.__class__ is not str:
            dns_server = read_value(dns_server, "dns_server", "string", False)

        https = d.pop("https", UNSET)
        if https.__class__ is not int:
            https = read_value(https, "https", "integer", False)

        is_https_available_data = _new_instance(cls)
        is_https_available_data.dns_server = dns_server
        is_https_available_data.https = https

        is_https_available_data.additional_properties = dict(d) if d else {}
        return is_https_available_data

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
