# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_value

T = TypeVar("T", bound="ExportZoneFilesDataPayloadItem")
_new_instance = object.__new__


@_attrs_define
class ExportZoneFilesDataPayloadItem:
    """
    Attributes:
        text_b64 (str | Unset):
        zone (str | Unset):
    """

    text_b64: str | Unset = UNSET
    zone: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        text_b64 = self.text_b64

        zone = self.zone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if text_b64 is not UNSET:
            field_dict["text_b64"] = text_b64
        if zone is not UNSET:
            field_dict["zone"] = zone

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        text_b64 = d.pop("text_b64", UNSET)
        if text_b64.__class__ is not str:
            text_b64 = read_value(text_b64, "text_b64", "string", False)

        zone = d.pop("zone", UNSET)
        if zone.__class__ is not str:
            zone = read_value(zone, "zone", "string", False)

        export_zone_files_data_payload_item = _new_instance(cls)
        export_zone_files_data_payload_item.text_b64 = text_b64
        export_zone_files_data_payload_item.zone = zone

        export_zone_files_data_payload_item.additional_properties = dict(d) if d else {}
        return export_zone_files_data_payload_item

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
