# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_items, read_list, read_value

T = TypeVar("T", bound="PackageManagerGetBuildLogData")
_new_instance = object.__new__


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
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
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

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _content = d.pop("content", UNSET)
        if _content.__class__ is not list:
            _content = read_list(_content, "content", False)
        content: list[str] | Unset = UNSET
        if _content is not UNSET:
            content = _content
            for _item in _content:
                if _item.__class__ is not str:
                    content = read_items(_content, "content_item", "string")
                    break

        offset = d.pop("offset", UNSET)
        if offset.__class__ is not int:
            offset = read_value(offset, "offset", "integer", False)

        still_running = d.pop("still_running", UNSET)
        if still_running.__class__ is not int:
            still_running = read_value(still_running, "still_running", "integer", False)

        package_manager_get_build_log_data = _new_instance(cls)
        package_manager_get_build_log_data.content = content
        package_manager_get_build_log_data.offset = offset
        package_manager_get_build_log_data.still_running = still_running

        package_manager_get_build_log_data.additional_properties = dict(d) if d else {}
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
