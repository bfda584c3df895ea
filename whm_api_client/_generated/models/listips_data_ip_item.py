# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_value

T = TypeVar("T", bound="ListipsDataIpItem")
_new_instance = object.__new__


@_attrs_define
class ListipsDataIpItem:
    """
    Attributes:
        active (int | Unset):
        dedicated (int | Unset):
        if_ (str | Unset):
        ip (str | Unset):
        mainaddr (int | Unset):
        netmask (str | Unset):
        network (str | Unset):
        public_ip (str | Unset):
        removable (int | Unset):
        used (int | Unset):
    """

    active: int | Unset = UNSET
    dedicated: int | Unset = UNSET
    if_: str | Unset = UNSET
    ip: str | Unset = UNSET
    mainaddr: int | Unset = UNSET
    netmask: str | Unset = UNSET
    network: str | Unset = UNSET
    public_ip: str | Unset = UNSET
    removable: int | Unset = UNSET
    used: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        active = self.active

        dedicated = self.dedicated

        if_ = self.if_

        ip = self.ip

        mainaddr = self.mainaddr

        netmask = self.netmask

        network = self.network

        public_ip = self.public_ip

        removable = self.removable

        used = self.used

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if active is not UNSET:
            field_dict["active"] = active
        if dedicated is not UNSET:
            field_dict["dedicated"] = dedicated
        if if_ is not UNSET:
            field_dict["if"] = if_
        if ip is not UNSET:
            field_dict["ip"] = ip
        if mainaddr is not UNSET:
            field_dict["mainaddr"] = mainaddr
        if netmask is not UNSET:
            field_dict["netmask"] = netmask
        if network is not UNSET:
            field_dict["network"] = network
        if public_ip is not UNSET:
            field_dict["public_ip"] = public_ip
        if removable is not UNSET:
            field_dict["removable"] = removable
        if used is not UNSET:
            field_dict["used"] = used

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        active = d.pop("active", UNSET)
        if active.__class__ is not int:
            active = read_value(active, "active", "integer", False)

        dedicated = d.pop("dedicated", UNSET)
        if dedicated.__class__ is not int:
            dedicated = read_value(dedicated, "dedicated", "integer", False)

        if_ = d.pop("if", UNSET)
        if if_.__class__ is not str:
            if_ = read_value(if_, "if", "string", False)

        ip = d.pop("ip", UNSET)
        if ip.__class__ is not str:
            ip = read_value(ip, "ip", "string", False)

        mainaddr = d.pop("mainaddr", UNSET)
        if mainaddr.__class__ is not int:
            mainaddr = read_value(mainaddr, "mainaddr", "integer", False)

        netmask = d.pop("netmask", UNSET)
        if netmask.__class__ is not str:
            netmask = read_value(netmask, "netmask", "string", False)

        network = d.pop("network", UNSET)
        if network.__class__ is not str:
            network = read_value(network, "network", "string", False)

        public_ip = d.pop("public_ip", UNSET)
        if public_ip.__class__ is not str:
            public_ip = read_value(public_ip, "public_ip", "string", False)

        removable = d.pop("removable", UNSET)
        if removable.__class__ is not int:
            removable = read_value(removable, "removable", "integer", False)

        used = d.pop("used", UNSET)
        if used.__class__ is not int:
            used = read_value(used, "used", "integer", False)

        listips_data_ip_item = _new_instance(cls)
        listips_data_ip_item.active = active
        listips_data_ip_item.dedicated = dedicated
        listips_data_ip_item.if_ = if_
        listips_data_ip_item.ip = ip
        listips_data_ip_item.mainaddr = mainaddr
        listips_data_ip_item.netmask = netmask
        listips_data_ip_item.network = network
        listips_data_ip_item.public_ip = public_ip
        listips_data_ip_item.removable = removable
        listips_data_ip_item.used = used

        listips_data_ip_item.additional_properties = dict(d) if d else {}
        return listips_data_ip_item

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
