# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_value

T = TypeVar("T", bound="ListmxsDataRecordItem")
_new_instance = object.__new__


@_attrs_define
class ListmxsDataRecordItem:
    """
    Attributes:
        name (str | Unset):
        type_ (str | Unset):
        line (int | Unset):
        class_ (str | Unset):
        exchange (str | Unset):
        preference (int | Unset):
        ttl (int | Unset):
    """

    name: str | Unset = UNSET
    type_: str | Unset = UNSET
    line: int | Unset = UNSET
    class_: str | Unset = UNSET
    exchange: str | Unset = UNSET
    preference: int | Unset = UNSET
    ttl: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        name = self.name

        type_ = self.type_

        line = self.line

        class_ = self.class_

        exchange = self.exchange

        preference = self.preference

        ttl = self.ttl

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if line is not UNSET:
            field_dict["Line"] = line
        if class_ is not UNSET:
            field_dict["class"] = class_
        if exchange is not UNSET:
            field_dict["exchange"] = exchange
        if preference is not UNSET:
            field_dict["preference"] = preference
        if ttl is not UNSET:
            field_dict["ttl"] = ttl

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)
        if name.__class__ is not str:
            name = read_value(name, "name", "string", False)

        type_ = d.pop("type", UNSET)
        if type_.__class__ is not str:
            type_ = read_value(type_, "type", "string", False)

        line = d.pop("Line", UNSET)
        if line.__class__ is not int:
            line = read_value(line, "Line", "integer", False)

        class_ = d.pop("class", UNSET)
        if class_.__class__ is not str:
            class_ = read_value(class_, "class", "string", False)

        exchange = d.pop("exchange", UNSET)
        if exchange.__class__ is not str:
            exchange = read_value(exchange, "exchange", "string", False)

        preference = d.pop("preference", UNSET)
        if preference.__class__ is not int:
            preference = read_value(preference, "preference", "integer", False)

        ttl = d.pop("ttl", UNSET)
        if ttl.__class__ is not int:
            ttl = read_value(ttl, "ttl", "integer", False)

        listmxs_data_record_item = _new_instance(cls)
        listmxs_data_record_item.name = name
        listmxs_data_record_item.type_ = type_
        listmxs_data_record_item.line = line
        listmxs_data_record_item.class_ = class_
        listmxs_data_record_item.exchange = exchange
        listmxs_data_record_item.preference = preference
        listmxs_data_record_item.ttl = ttl

        listmxs_data_record_item.additional_properties = dict(d) if d else {}
        return listmxs_data_record_item

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
