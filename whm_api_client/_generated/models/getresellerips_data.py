# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetreselleripsData")


@_attrs_define
class GetreselleripsData:
    """
    Attributes:
        all_ (int | Unset):
        ip (list[str] | Unset):
    """

    all_: int | Unset = UNSET
    ip: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        all_ = self.all_

        ip: list[str] | Unset = UNSET
        if not isinstance(self.ip, Unset):
            ip = self.ip

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if all_ is not UNSET:
            field_dict["all"] = all_
        if ip is not UNSET:
            field_dict["ip"] = ip

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        all_ = d.pop("all", UNSET)
        if all_ is None:
            all_ = UNSET
        if not isinstance(all_, (int, Unset)):
            raise TypeError(f"field all: expected integer, got {type(all_).__name__}")

        _ip = d.pop("ip", UNSET)
        ip: list[str] | Unset = UNSET
        if _ip is not None and not isinstance(_ip, Unset):  # null reads as UNSET
            if not isinstance(_ip, list):
                raise TypeError(f"field ip: expected array, got {type(_ip).__name__}")
            ip = []
            for ip_item_data in _ip:
                ip_item = ip_item_data
                if not isinstance(ip_item, (str,)):
                    raise TypeError(f"field ip_item: expected string, got {type(ip_item).__name__}")

                ip.append(ip_item)

        getresellerips_data = cls(
            all_=all_,
            ip=ip,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        getresellerips_data.additional_properties = additional_properties
        return getresellerips_data

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
