# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_list, read_object

if TYPE_CHECKING:
    from ..models.php_get_handlers_data_version_handlers_item import PhpGetHandlersDataVersionHandlersItem


T = TypeVar("T", bound="PhpGetHandlersData")
_new_instance = object.__new__


@_attrs_define
class PhpGetHandlersData:
    """
    Attributes:
        version_handlers (list[PhpGetHandlersDataVersionHandlersItem] | Unset):
    """

    version_handlers: list[PhpGetHandlersDataVersionHandlersItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        version_handlers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.version_handlers, Unset):
            version_handlers = []
            for version_handlers_item_data in self.version_handlers:
                version_handlers_item = version_handlers_item_data.to_dict()
                version_handlers.append(version_handlers_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if version_handlers is not UNSET:
            field_dict["version_handlers"] = version_handlers

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _version_handlers = d.pop("version_handlers", UNSET)
        if _version_handlers.__class__ is not list:
            _version_handlers = read_list(_version_handlers, "version_handlers", False)
        version_handlers: list[PhpGetHandlersDataVersionHandlersItem] | Unset = UNSET
        if _version_handlers is not UNSET:
            version_handlers = []
            for version_handlers_item_data in _version_handlers:
                _version_handlers_item = version_handlers_item_data
                if _version_handlers_item.__class__ is not dict:
                    _version_handlers_item = read_object(_version_handlers_item, "version_handlers_item", True)
                version_handlers_item = PhpGetHandlersDataVersionHandlersItem.from_dict(_version_handlers_item)

                version_handlers.append(version_handlers_item)

        php_get_handlers_data = _new_instance(cls)
        php_get_handlers_data.version_handlers = version_handlers

        php_get_handlers_data.additional_properties = dict(d) if d else {}
        return php_get_handlers_data

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


from ..models.php_get_handlers_data_version_handlers_item import PhpGetHandlersDataVersionHandlersItem  # noqa: E402
