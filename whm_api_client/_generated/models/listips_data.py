# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_list, read_object

if TYPE_CHECKING:
    from ..models.listips_data_ip_item import ListipsDataIpItem


T = TypeVar("T", bound="ListipsData")
_new_instance = object.__new__


@_attrs_define
class ListipsData:
    """
    Attributes:
        ip (list[ListipsDataIpItem] | Unset):
    """

    ip: list[ListipsDataIpItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        ip: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.ip, Unset):
            ip = []
            for ip_item_data in self.ip:
                ip_item = ip_item_data.to_dict()
                ip.append(ip_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ip is not UNSET:
            field_dict["ip"] = ip

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _ip = d.pop("ip", UNSET)
        if _ip.__class__ is not list:
            _ip = read_list(_ip, "ip", False)
        ip: list[ListipsDataIpItem] | Unset = UNSET
        if _ip is not UNSET:
            ip = []
            for ip_item_data in _ip:
                _ip_item = ip_item_data
                if _ip_item.__class__ is not dict:
                    _ip_item = read_object(_ip_item, "ip_item", True)
                ip_item = ListipsDataIpItem.from_dict(_ip_item)

                ip.append(ip_item)

        listips_data = _new_instance(cls)
        listips_data.ip = ip

        listips_data.additional_properties = dict(d) if d else {}
        return listips_data

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


from ..models.listips_data_ip_item import ListipsDataIpItem  # noqa: E402
