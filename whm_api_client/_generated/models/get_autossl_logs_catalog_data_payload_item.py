# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetAutosslLogsCatalogDataPayloadItem")


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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        in_progress = d.pop("in_progress", UNSET)
        if in_progress is None:
            in_progress = UNSET
        if not isinstance(in_progress, (int, Unset)):
            raise TypeError(f"field in_progress: expected integer, got {type(in_progress).__name__}")

        provider = d.pop("provider", UNSET)
        if provider is None:
            provider = UNSET
        if not isinstance(provider, (str, Unset)):
            raise TypeError(f"field provider: expected string, got {type(provider).__name__}")

        start_time = d.pop("start_time", UNSET)
        if start_time is None:
            start_time = UNSET
        if not isinstance(start_time, (str, Unset)):
            raise TypeError(f"field start_time: expected string, got {type(start_time).__name__}")

        username = d.pop("username", UNSET)
        if username is None:
            username = UNSET
        if not isinstance(username, (str, Unset)):
            raise TypeError(f"field username: expected string, got {type(username).__name__}")

        get_autossl_logs_catalog_data_payload_item = cls(
            in_progress=in_progress,
            provider=provider,
            start_time=start_time,
            username=username,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        get_autossl_logs_catalog_data_payload_item.additional_properties = additional_properties
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
