# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PhpGetHandlersDataVersionHandlersItem")


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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _available_handlers = d.pop("available_handlers", UNSET)
        available_handlers: list[str] | Unset = UNSET
        if _available_handlers is not None and not isinstance(_available_handlers, Unset):  # null reads as UNSET
            if not isinstance(_available_handlers, list):
                raise TypeError(f"field available_handlers: expected array, got {type(_available_handlers).__name__}")
            available_handlers = []
            for available_handlers_item_data in _available_handlers:
                available_handlers_item = available_handlers_item_data
                if not isinstance(available_handlers_item, (str,)):
                    raise TypeError(
                        f"field available_handlers_item: expected string, got {type(available_handlers_item).__name__}"
                    )

                available_handlers.append(available_handlers_item)

        current_handler = d.pop("current_handler", UNSET)
        if current_handler is None:
            current_handler = UNSET
        if not isinstance(current_handler, (str, Unset)):
            raise TypeError(f"field current_handler: expected string, got {type(current_handler).__name__}")

        version = d.pop("version", UNSET)
        if version is None:
            version = UNSET
        if not isinstance(version, (str, Unset)):
            raise TypeError(f"field version: expected string, got {type(version).__name__}")

        php_get_handlers_data_version_handlers_item = cls(
            available_handlers=available_handlers,
            current_handler=current_handler,
            version=version,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        php_get_handlers_data_version_handlers_item.additional_properties = additional_properties
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
