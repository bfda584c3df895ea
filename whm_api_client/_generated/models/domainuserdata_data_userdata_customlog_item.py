# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DomainuserdataDataUserdataCustomlogItem")


@_attrs_define
class DomainuserdataDataUserdataCustomlogItem:
    """
    Attributes:
        format_ (str | Unset):
        target (str | Unset):
    """

    format_: str | Unset = UNSET
    target: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        format_ = self.format_

        target = self.target

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if format_ is not UNSET:
            field_dict["format"] = format_
        if target is not UNSET:
            field_dict["target"] = target

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        format_ = d.pop("format", UNSET)
        if format_ is None:
            format_ = UNSET
        if not isinstance(format_, (str, Unset)):
            raise TypeError(f"field format: expected string, got {type(format_).__name__}")

        target = d.pop("target", UNSET)
        if target is None:
            target = UNSET
        if not isinstance(target, (str, Unset)):
            raise TypeError(f"field target: expected string, got {type(target).__name__}")

        domainuserdata_data_userdata_customlog_item = cls(
            format_=format_,
            target=target,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        domainuserdata_data_userdata_customlog_item.additional_properties = additional_properties
        return domainuserdata_data_userdata_customlog_item

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
