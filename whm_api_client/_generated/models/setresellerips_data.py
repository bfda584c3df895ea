# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_items, read_list, read_value

T = TypeVar("T", bound="SetreselleripsData")
_new_instance = object.__new__


@_attrs_define
class SetreselleripsData:
    """
    Attributes:
        all_ (int | Unset):
        ip (list[str] | Unset):
    """

    all_: int | Unset = UNSET
    ip: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
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

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        all_ = d.pop("all", UNSET)
        if all_.__class__ is not int:
            all_ = read_value(all_, "all", "integer", False)

        _ip = d.pop("ip", UNSET)
        if _ip.__class__ is not list:
            _ip = read_list(_ip, "ip", False)
        ip: list[str] | Unset = UNSET
        if _ip is not UNSET:
            ip = _ip
            for _item in _ip:
                if _item.__class__ is not str:
                    ip = read_items(_ip, "ip_item", "string")
                    break

        setresellerips_data = _new_instance(cls)
        setresellerips_data.all_ = all_
        setresellerips_data.ip = ip

        setresellerips_data.additional_properties = dict(d) if d else {}
        return setresellerips_data

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
