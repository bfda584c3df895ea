# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_value

T = TypeVar("T", bound="IsAliasAvailableData")
_new_instance = object.__new__


@_attrs_define
class IsAliasAvailableData:
    """
    Attributes:
        alias (int | Unset):
        aname (int | Unset):
        resolver (str | Unset):
    """

    alias: int | Unset = UNSET
    aname: int | Unset = UNSET
    resolver: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        alias = self.alias

        aname = self.aname

        resolver = self.resolver

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if alias is not UNSET:
            field_dict["alias"] = alias
        if aname is not UNSET:
            field_dict["aname"] = aname
        if resolver is not UNSET:
            field_dict["resolver"] = resolver

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        alias = d.pop("alias", UNSET)
        if alias.__class__ is not int:
            alias = read_value(alias, "alias", "integer", False)

        aname = d.pop("aname", UNSET)
        if aname.__class__ is not int:
            aname = read_value(aname, "aname", "integer", False)

        resolver = d.pop("resolver", UNSET)
        if resolver.__class__ is not str:
            resolver = read_value(resolver, "resolver", "string", False)

        is_alias_available_data = _new_instance(cls)
        is_alias_available_data.alias = alias
        is_alias_available_data.aname = aname
        is_alias_available_data.resolver = resolver

        is_alias_available_data.additional_properties = dict(d) if d else {}
        return is_alias_available_data

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
