# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_items, read_list, read_value

T = TypeVar("T", bound="PhpGetHandlersDataVersionHandlersItem")
_new_instance = object.__new__


@_attrs_define
class PhpGetHandlersDataVersionHandlersItem:
    """
    Attributes:
        available_handlers (list[str] | Unset):
        current_handler (str | Unset):
        version (str | Unset):
    """

    available_handlers: list[str] | Unset = UNSET
    current_handler: str | Unset = UNSET
    version: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        available_handlers: list[str] | Unset = UNSET
        if not isinstance(self.available_handlers, Unset):
            available_handlers = self.available_handlers

        current_handler = self.current_handler

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if available_handlers is not UNSET:
            field_dict["available_handlers"] = available_handlers
        if current_handler is not UNSET:
            field_dict["current_handler"] = current_handler
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _available_handlers = d.pop("available_handlers", UNSET)
        if _available_handlers.__class__ is not list:
            _available_handlers = read_list(_available_handlers, "available_handlers", False)
        available_handlers: list[str] | Unset = UNSET
        if _available_handlers is not UNSET:
            available_handlers = _available_handlers
            for _item in _available_handlers:
                if _item.__class__ is not str:
                    available_handlers = read_items(_available_handlers, "available_handlers_item", "string")
                    break

        current_handler = d.pop("current_handler", UNSET)
        if current_handler.__class__ is not str:
            current_handler = read_value(current_handler, "current_handler", "string", False)

        version = d.pop("version", UNSET)
        if version.__class__ is not str:
            version = read_value(version, "version", "string", False)

        php_get_handlers_data_version_handlers_item = _new_instance(cls)
        php_get_handlers_data_version_handlers_item.available_handlers = available_handlers
        php_get_handlers_data_version_handlers_item.current_handler = current_handler
        php_get_handlers_data_version_handlers_item.version = version

        php_get_handlers_data_version_handlers_item.additional_properties = dict(d) if d else {}
        return php_get_handlers_data_version_handlers_item

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
