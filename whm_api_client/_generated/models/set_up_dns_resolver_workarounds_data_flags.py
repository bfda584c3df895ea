# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_value

T = TypeVar("T", bound="SetUpDnsResolverWorkaroundsDataFlags")
_new_instance = object.__new__


@_attrs_define
class SetUpDnsResolverWorkaroundsDataFlags:
    """
    Attributes:
        do_ip6 (str | Unset):
        do_udp (str | Unset):
        edns_buffer_size (str | Unset):
    """

    do_ip6: str | Unset = UNSET
    do_udp: str | Unset = UNSET
    edns_buffer_size: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        do_ip6 = self.do_ip6

        do_udp = self.do_udp

        edns_buffer_size = self.edns_buffer_size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if do_ip6 is not UNSET:
            field_dict["do-ip6"] = do_ip6
        if do_udp is not UNSET:
            field_dict["do-udp"] = do_udp
        if edns_buffer_size is not UNSET:
            field_dict["edns-buffer-size"] = edns_buffer_size

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        do_ip6 = d.pop("do-ip6", UNSET)
        if do_ip6.__class__ is not str:
            do_ip6 = read_value(do_ip6, "do-ip6", "string", False)

        do_udp = d.pop("do-udp", UNSET)
        if do_udp.__class__ is not str:
            do_udp = read_value(do_udp, "do-udp", "string", False)

        edns_buffer_size = d.pop("edns-buffer-size", UNSET)
        if edns_buffer_size.__class__ is not str:
            edns_buffer_size = read_value(edns_buffer_size, "edns-buffer-size", "string", False)

        set_up_dns_resolver_workarounds_data_flags = _new_instance(cls)
        set_up_dns_resolver_workarounds_data_flags.do_ip6 = do_ip6
        set_up_dns_resolver_workarounds_data_flags.do_udp = do_udp
        set_up_dns_resolver_workarounds_data_flags.edns_buffer_size = edns_buffer_size

        set_up_dns_resolver_workarounds_data_flags.additional_properties = dict(d) if d else {}
        return set_up_dns_resolver_workarounds_data_flags

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
