# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_value

T = TypeVar("T", bound="LookupnsipsData")
_new_instance = object.__new__


@_attrs_define
class LookupnsipsData:
    """
    Attributes:
        ipv4 (str | Unset):
        ipv6 (str | Unset):
    """

    ipv4: str | Unset = UNSET
    ipv6: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        ipv4 = self.ipv4

        ipv6 = self.ipv6

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ipv4 is not UNSET:
            field_dict["ipv4"] = ipv4
        if ipv6 is not UNSET:
            field_dict["ipv6"] = ipv6

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        ipv4 = d.pop("ipv4", UNSET)
        if ipv4.__class__ is not str:
            ipv4 = read_value(ipv4, "ipv4", "string", False)

        ipv6 = d.pop("ipv6", UNSET)
        if ipv6.__class__ is not str:
            ipv6 = read_value(ipv6, "ipv6", "string", False)

        lookupnsips_data = _new_instance(cls)
        lookupnsips_data.ipv4 = ipv4
        lookupnsips_data.ipv6 = ipv6

        lookupnsips_data.additional_properties = dict(d) if d else {}
        return lookupnsips_data

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
