# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ForceDedistributionFromNodeDataLogItem")


@_attrs_define
class ForceDedistributionFromNodeDataLogItem:
    """
    Attributes:
        type_ (str | Unset):
        contents (str | Unset):
        indent (int | Unset):
    """

    type_: str | Unset = UNSET
    contents: str | Unset = UNSET
    indent: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        contents = self.contents

        indent = self.indent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if contents is not UNSET:
            field_dict["contents"] = contents
        if indent is not UNSET:
            field_dict["indent"] = indent

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = d.pop("type", UNSET)
        if type_ is None:
            type_ = UNSET
        if not isinstance(type_, (str, Unset)):
            raise TypeError(f"field type: expected string, got {type(type_).__name__}")

        contents = d.pop("contents", UNSET)
        if contents is None:
            contents = UNSET
        if not isinstance(contents, (str, Unset)):
            raise TypeError(f"field contents: expected string, got {type(contents).__name__}")

        indent = d.pop("indent", UNSET)
        if indent is None:
            indent = UNSET
        if not isinstance(indent, (int, Unset)):
            raise TypeError(f"field indent: expected integer, got {type(indent).__name__}")

        force_dedistribution_from_node_data_log_item = cls(
            type_=type_,
            contents=contents,
            indent=indent,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        force_dedistribution_from_node_data_log_item.additional_properties = additional_properties
        return force_dedistribution_from_node_data_log_item

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
