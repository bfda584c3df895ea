# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_items, read_list

T = TypeVar("T", bound="SetaclsData")
_new_instance = object.__new__


@_attrs_define
class SetaclsData:
    """
    Attributes:
        acl (list[str] | Unset):
    """

    acl: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        acl: list[str] | Unset = UNSET
        if not isinstance(self.acl, Unset):
            acl = self.acl

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if acl is not UNSET:
            field_dict["acl"] = acl

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _acl = d.pop("acl", UNSET)
        if _acl.__class__ is not list:
            _acl = read_list(_acl, "acl", False)
        acl: list[str] | Unset = UNSET
        if _acl is not UNSET:
            acl = _acl
            for _item in _acl:
                if _item.__class__ is not str:
                    acl = read_items(_acl, "acl_item", "string")
                    break

        setacls_data = _new_instance(cls)
        setacls_data.acl = acl

        setacls_data.additional_properties = dict(d) if d else {}
        return setacls_data

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
