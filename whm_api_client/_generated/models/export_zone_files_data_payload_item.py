# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ExportZoneFilesDataPayloadItem")


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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        text_b64 = d.pop("text_b64", UNSET)
        if text_b64 is None:
            text_b64 = UNSET
        if not isinstance(text_b64, (str, Unset)):
            raise TypeError(f"field text_b64: expected string, got {type(text_b64).__name__}")

        zone = d.pop("zone", UNSET)
        if zone is None:
            zone = UNSET
        if not isinstance(zone, (str, Unset)):
            raise TypeError(f"field zone: expected string, got {type(zone).__name__}")

        export_zone_files_data_payload_item = cls(
            text_b64=text_b64,
            zone=zone,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        export_zone_files_data_payload_item.additional_properties = additional_properties
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
