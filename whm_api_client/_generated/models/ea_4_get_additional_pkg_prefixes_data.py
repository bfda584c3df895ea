# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_items, read_list

T = TypeVar("T", bound="Ea4GetAdditionalPkgPrefixesData")
_new_instance = object.__new__


@_attrs_define
class Ea4GetAdditionalPkgPrefixesData:
    """
    Attributes:
        additional_pkg_prefixes (list[str] | Unset):
    """

    additional_pkg_prefixes: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        additional_pkg_prefixes: list[str] | Unset = UNSET
        if not isinstance(self.additional_pkg_prefixes, Unset):
            additional_pkg_prefixes = self.additional_pkg_prefixes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if additional_pkg_prefixes is not UNSET:
            field_dict["additional_pkg_prefixes"] = additional_pkg_prefixes

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _additional_pkg_prefixes = d.pop("additional_pkg_prefixes", UNSET)
        if _additional_pkg_prefixes.__class__ is not list:
            _additional_pkg_prefixes = read_list(_additional_pkg_prefixes, "additional_pkg_prefixes", False)
        additional_pkg_prefixes: list[str] | Unset = UNSET
        if _additional_pkg_prefixes is not UNSET:
            additional_pkg_prefixes = _additional_pkg_prefixes
            for _item in _additional_pkg_prefixes:
                if _item.__class__ is not str:
                    additional_pkg_prefixes = read_items(
                        _additional_pkg_prefixes, "additional_pkg_prefixes_item", "string"
                    )
                    break

        ea_4_get_additional_pkg_prefixes_data = _new_instance(cls)
        ea_4_get_additional_pkg_prefixes_data.additional_pkg_prefixes = additional_pkg_prefixes

        ea_4_get_additional_pkg_prefixes_data.additional_properties = dict(d) if d else {}
        return ea_4_get_additional_pkg_prefixes_data

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
