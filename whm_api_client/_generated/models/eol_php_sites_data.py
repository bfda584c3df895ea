# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_value

T = TypeVar("T", bound="EolPhpSitesData")
_new_instance = object.__new__


@_attrs_define
class EolPhpSitesData:
    """
    Attributes:
        eol_php_sites (int | Unset):
    """

    eol_php_sites: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        eol_php_sites = self.eol_php_sites

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if eol_php_sites is not UNSET:
            field_dict["eol_php_sites"] = eol_php_sites

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        eol_php_sites = d.pop("eol_php_sites", UNSET)
        if eol_php_sites.__class__ is not int:
            eol_php_sites = read_value(eol_php_sites, "eol_php_sites", "integer", False)

        eol_php_sites_data = _new_instance(cls)
        eol_php_sites_data.eol_php_sites = eol_php_sites

        eol_php_sites_data.additional_properties = dict(d) if d else {}
        return eol_php_sites_data

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
