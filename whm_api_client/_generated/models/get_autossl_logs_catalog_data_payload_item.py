# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_value

T = TypeVar("T", bound="GetAutosslLogsCatalogDataPayloadItem")
_new_instance = object.__new__


@_attrs_define
class GetAutosslLogsCatalogDataPayloadItem:
    """
    Attributes:
        in_progress (int | Unset):
        provider (str | Unset):
        start_time (str | Unset):
        username (str | Unset):
    """

    in_progress: int | Unset = UNSET
    provider: str | Unset = UNSET
    start_time: str | Unset = UNSET
    username: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        in_progress = self.in_progress

        provider = self.provider

        start_time = self.start_time

        username = self.username

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if in_progress is not UNSET:
            field_dict["in_progress"] = in_progress
        if provider is not UNSET:
            field_dict["provider"] = provider
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if username is not UNSET:
            field_dict["username"] = username

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        in_progress = d.pop("in_progress", UNSET)
        if in_progress.__class__ is not int:
            in_progress = read_value(in_progress, "in_progress", "integer", False)

        provider = d.pop("provider", UNSET)
        if provider.__class__ is not str:
            provider = read_value(provider, "provider", "string", False)

        start_time = d.pop("start_time", UNSET)
        if start_time.__class__ is not str:
            start_time = read_value(start_time, "start_time", "string", False)

        username = d.pop("username", UNSET)
        if username.__class__ is not str:
            username = read_value(username, "username", "string", False)

        get_autossl_logs_catalog_data_payload_item = _new_instance(cls)
        get_autossl_logs_catalog_data_payload_item.in_progress = in_progress
        get_autossl_logs_catalog_data_payload_item.provider = provider
        get_autossl_logs_catalog_data_payload_item.start_time = start_time
        get_autossl_logs_catalog_data_payload_item.username = username

        get_autossl_logs_catalog_data_payload_item.additional_properties = dict(d) if d else {}
        return get_autossl_logs_catalog_data_payload_item

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
