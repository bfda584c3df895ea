# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_value

T = TypeVar("T", bound="PhpGetVhostVersionsDataVersionsItemPhpversionSourceItem")
_new_instance = object.__new__


@_attrs_define
class PhpGetVhostVersionsDataVersionsItemPhpversionSourceItem:
    """
    Attributes:
        domain (str | Unset):
        system_default (int | Unset):
    """

    domain: str | Unset = UNSET
    system_default: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        domain = self.domain

        system_default = self.system_default

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if domain is not UNSET:
            field_dict["domain"] = domain
        if system_default is not UNSET:
            field_dict["system_default"] = system_default

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        domain = d.pop("domain", UNSET)
        if domain.__class__ is not str:
            domain = read_value(domain, "domain", "string", False)

        system_default = d.pop("system_default", UNSET)
        if system_default.__class__ is not int:
            system_default = read_value(system_default, "system_default", "integer", False)

        php_get_vhost_versions_data_versions_item_phpversion_source_item = _new_instance(cls)
        php_get_vhost_versions_data_versions_item_phpversion_source_item.domain = domain
        php_get_vhost_versions_data_versions_item_phpversion_source_item.system_default = system_default

        php_get_vhost_versions_data_versions_item_phpversion_source_item.additional_properties = dict(d) if d else {}
        return php_get_vhost_versions_data_versions_item_phpversion_source_item

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
