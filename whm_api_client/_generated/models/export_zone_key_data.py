# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_value

T = TypeVar("T", bound="ExportZoneKeyData")
_new_instance = object.__new__


@_attrs_define
class ExportZoneKeyData:
    """
    Attributes:
        key_tag (int | Unset):
        key_type (str | Unset):
    """

    key_tag: int | Unset = UNSET
    key_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        key_tag = self.key_tag

        key_type = self.key_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if key_tag is not UNSET:
            field_dict["key_tag"] = key_tag
        if key_type is not UNSET:
            field_dict["key_type"] = key_type

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        key_tag = d.pop("key_tag", UNSET)
        if key_tag.__class__ is not int:
            key_tag = read_value(key_tag, "key_tag", "integer", False)

        key_type = d.pop("key_type", UNSET)
        if key_type.__class__ is not str:
            key_type = read_value(key_type, "key_type", "string", False)

        export_zone_key_data = _new_instance(cls)
        export_zone_key_data.key_tag = key_tag
        export_zone_key_data.key_type = key_type

        export_zone_key_data.additional_properties = dict(d) if d else {}
        return export_zone_key_data

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
