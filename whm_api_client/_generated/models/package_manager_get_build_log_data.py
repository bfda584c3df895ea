# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PackageManagerGetBuildLogData")


@_attrs_define
class PackageManagerGetBuildLogData:
    """
    Attributes:
        content (list[str] | Unset):
        offset (int | Unset):
        still_running (int | Unset):
    """

    content: list[str] | Unset = UNSET
    offset: int | Unset = UNSET
    still_running: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        content: list[str] | Unset = UNSET
        if not isinstance(self.content, Unset):
            content = self.content

        offset = self.offset

        still_running = self.still_running

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if content is not UNSET:
            field_dict["content"] = content
        if offset is not UNSET:
            field_dict["offset"] = offset
        if still_running is not UNSET:
            field_dict["still_running"] = still_running

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _content = d.pop("content", UNSET)
        content: list[str] | Unset = UNSET
        if _content is not None and not isinstance(_content, Unset):  # null reads as UNSET
            if not isinstance(_content, list):
                raise TypeError(f"field content: expected array, got {type(_content).__name__}")
            content = []
            for content_item_data in _content:
                content_item = content_item_data
                if not isinstance(content_item, (str,)):
                    raise TypeError(f"field content_item: expected string, got {type(content_item).__name__}")

                content.append(content_item)

        offset = d.pop("offset", UNSET)
        if offset is None:
            offset = UNSET
        if not isinstance(offset, (int, Unset)):
            raise TypeError(f"field offset: expected integer, got {type(offset).__name__}")

        still_running = d.pop("still_running", UNSET)
        if still_running is None:
            still_running = UNSET
        if not isinstance(still_running, (int, Unset)):
            raise TypeError(f"field still_running: expected integer, got {type(still_running).__name__}")

        package_manager_get_build_log_data = cls(
            content=content,
            offset=offset,
            still_running=still_running,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        package_manager_get_build_log_data.additional_properties = additional_properties
        return package_manager_get_build_log_data

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
