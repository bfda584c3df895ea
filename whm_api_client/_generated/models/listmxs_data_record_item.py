# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ListmxsDataRecordItem")


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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)
        if name is None:
            name = UNSET
        if not isinstance(name, (str, Unset)):
            raise TypeError(f"field name: expected string, got {type(name).__name__}")

        type_ = d.pop("type", UNSET)
        if type_ is None:
            type_ = UNSET
        if not isinstance(type_, (str, Unset)):
            raise TypeError(f"field type: expected string, got {type(type_).__name__}")

        line = d.pop("Line", UNSET)
        if line is None:
            line = UNSET
        if not isinstance(line, (int, Unset)):
            raise TypeError(f"field Line: expected integer, got {type(line).__name__}")

        class_ = d.pop("class", UNSET)
        if class_ is None:
            class_ = UNSET
        if not isinstance(class_, (str, Unset)):
            raise TypeError(f"field class: expected string, got {type(class_).__name__}")

        exchange = d.pop("exchange", UNSET)
        if exchange is None:
            exchange = UNSET
        if not isinstance(exchange, (str, Unset)):
            raise TypeError(f"field exchange: expected string, got {type(exchange).__name__}")

        preference = d.pop("preference", UNSET)
        if preference is None:
            preference = UNSET
        if not isinstance(preference, (int, Unset)):
            raise TypeError(f"field preference: expected integer, got {type(preference).__name__}")

        ttl = d.pop("ttl", UNSET)
        if ttl is None:
            ttl = UNSET
        if not isinstance(ttl, (int, Unset)):
            raise TypeError(f"field ttl: expected integer, got {type(ttl).__name__}")

        listmxs_data_record_item = cls(
            name=name,
            type_=type_,
            line=line,
            class_=class_,
            exchange=exchange,
            preference=preference,
            ttl=ttl,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        listmxs_data_record_item.additional_properties = additional_properties
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
