# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_value

T = TypeVar("T", bound="GetAvailableApplicationsDataRawItem")
_new_instance = object.__new__


@_attrs_define
class GetAvailableApplicationsDataRawItem:
    """
    Attributes:
        type_ (str | Unset):
        itemdesc (str | Unset):
    """

    type_: str | Unset = UNSET
    itemdesc: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        type_ = self.type_

        itemdesc = self.itemdesc

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if itemdesc is not UNSET:
            field_dict["itemdesc"] = itemdesc

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = d.pop("type", UNSET)
        if type_.__class__ is not str:
            type_ = read_value(type_, "type", "string", False)

        itemdesc = d.pop("itemdesc", UNSET)
        if itemdesc.__class__ is not str:
            itemdesc = read_value(itemdesc, "itemdesc", "string", False)

        get_available_applications_data_raw_item = _new_instance(cls)
        get_available_applications_data_raw_item.type_ = type_
        get_available_applications_data_raw_item.itemdesc = itemdesc

        get_available_applications_data_raw_item.additional_properties = dict(d) if d else {}
        return get_available_applications_data_raw_item

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
