# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ListipsDataIpItem")


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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        active = d.pop("active", UNSET)
        if active is None:
            active = UNSET
        if not isinstance(active, (int, Unset)):
            raise TypeError(f"field active: expected integer, got {type(active).__name__}")

        dedicated = d.pop("dedicated", UNSET)
        if dedicated is None:
            dedicated = UNSET
        if not isinstance(dedicated, (int, Unset)):
            raise TypeError(f"field dedicated: expected integer, got {type(dedicated).__name__}")

        if_ = d.pop("if", UNSET)
        if if_ is None:
            if_ = UNSET
        if not isinstance(if_, (str, Unset)):
            raise TypeError(f"field if: expected string, got {type(if_).__name__}")

        ip = d.pop("ip", UNSET)
        if ip is None:
            ip = UNSET
        if not isinstance(ip, (str, Unset)):
            raise TypeError(f"field ip: expected string, got {type(ip).__name__}")

        mainaddr = d.pop("mainaddr", UNSET)
        if mainaddr is None:
            mainaddr = UNSET
        if not isinstance(mainaddr, (int, Unset)):
            raise TypeError(f"field mainaddr: expected integer, got {type(mainaddr).__name__}")

        netmask = d.pop("netmask", UNSET)
        if netmask is None:
            netmask = UNSET
        if not isinstance(netmask, (str, Unset)):
            raise TypeError(f"field netmask: expected string, got {type(netmask).__name__}")

        network = d.pop("network", UNSET)
        if network is None:
            network = UNSET
        if not isinstance(network, (str, Unset)):
            raise TypeError(f"field network: expected string, got {type(network).__name__}")

        public_ip = d.pop("public_ip", UNSET)
        if public_ip is None:
            public_ip = UNSET
        if not isinstance(public_ip, (str, Unset)):
            raise TypeError(f"field public_ip: expected string, got {type(public_ip).__name__}")

        removable = d.pop("removable", UNSET)
        if removable is None:
            removable = UNSET
        if not isinstance(removable, (int, Unset)):
            raise TypeError(f"field removable: expected integer, got {type(removable).__name__}")

        used = d.pop("used", UNSET)
        if used is None:
            used = UNSET
        if not isinstance(used, (int, Unset)):
            raise TypeError(f"field used: expected integer, got {type(used).__name__}")

        listips_data_ip_item = cls(
            active=active,
            dedicated=dedicated,
            if_=if_,
            ip=ip,
            mainaddr=mainaddr,
            netmask=netmask,
            network=network,
            public_ip=public_ip,
            removable=removable,
            used=used,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        listips_data_ip_item.additional_properties = additional_properties
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
