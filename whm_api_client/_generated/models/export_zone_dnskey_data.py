# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_value

T = TypeVar("T", bound="ExportZoneDnskeyData")
_new_instance = object.__new__


@_attrs_define
class ExportZoneDnskeyData:
    """
    Attributes:
        dnskey (str | Unset):
        key_id (int | Unset):
    """

    dnskey: str | Unset = UNSET
    key_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        dnskey = self.dnskey

        key_id = self.key_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if dnskey is not UNSET:
            field_dict["dnskey"] = dnskey
        if key_id is not UNSET:
            field_dict["key_id"] = key_id

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        dnskey = d.pop("dnskey", UNSET)
        if dnskey.__class__ is not str:
            dnskey = read_value(dnskey, "dnskey", "string", False)

        key_id = d.pop("key_id", UNSET)
        if key_id.__class__ is not int:
            key_id = read_value(key_id, "key_id", "integer", False)

        export_zone_dnskey_data = _new_instance(cls)
        export_zone_dnskey_data.dnskey = dnskey
        export_zone_dnskey_data.key_id = key_id

        export_zone_dnskey_data.additional_properties = dict(d) if d else {}
        return export_zone_dnskey_data

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
