# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_items, read_list

T = TypeVar("T", bound="PhpGetVhostsByVersionData")
_new_instance = object.__new__


@_attrs_define
class PhpGetVhostsByVersionData:
    """
    Attributes:
        vhosts (list[str] | Unset):
    """

    vhosts: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        vhosts: list[str] | Unset = UNSET
        if not isinstance(self.vhosts, Unset):
            vhosts = self.vhosts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if vhosts is not UNSET:
            field_dict["vhosts"] = vhosts

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _vhosts = d.pop("vhosts", UNSET)
        if _vhosts.__class__ is not list:
            _vhosts = read_list(_vhosts, "vhosts", False)
        vhosts: list[str] | Unset = UNSET
        if _vhosts is not UNSET:
            vhosts = _vhosts
            for _item in _vhosts:
                if _item.__class__ is not str:
                    vhosts = read_items(_vhosts, "vhosts_item", "string")
                    break

        php_get_vhosts_by_version_data = _new_instance(cls)
        php_get_vhosts_by_version_data.vhosts = vhosts

        php_get_vhosts_by_version_data.additional_properties = dict(d) if d else {}
        return php_get_vhosts_by_version_data

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
