# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import read_value

T = TypeVar("T", bound="PhpIniSetContentBody")
_new_instance = object.__new__


@_attrs_define
class PhpIniSetContentBody:
    """
    Attributes:
        content (str):
        version (str):
    """

    content: str
    version: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        content = self.content

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "content": content,
                "version": version,
            }
        )

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        content = d.pop("content")
        if content.__class__ is not str:
            content = read_value(content, "content", "string", True)

        version = d.pop("version")
        if version.__class__ is not str:
            version = read_value(version, "version", "string", True)

        php_ini_set_content_body = _new_instance(cls)
        php_ini_set_content_body.content = content
        php_ini_set_content_body.version = version

        php_ini_set_content_body.additional_properties = dict(d) if d else {}
        return php_ini_set_content_body

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
