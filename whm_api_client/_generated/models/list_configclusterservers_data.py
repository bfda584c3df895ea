# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import read_object

if TYPE_CHECKING:
    from ..models.list_configclusterservers_data_additional_property import (
        ListConfigclusterserversDataAdditionalProperty,
    )


T = TypeVar("T", bound="ListConfigclusterserversData")
_new_instance = object.__new__


@_attrs_define
class ListConfigclusterserversData:
    additional_properties: dict[str, ListConfigclusterserversDataAdditionalProperty] = _attrs_field(
        init=False, factory=dict
    )

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        list_configclusterservers_data = _new_instance(cls)

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            _additional_property = prop_dict
            if _additional_property.__class__ is not dict:
                _additional_property = read_object(_additional_property, "AdditionalProperty", True)
            additional_property = ListConfigclusterserversDataAdditionalProperty.from_dict(_additional_property)

            additional_properties[prop_name] = additional_property

        list_configclusterservers_data.additional_properties = additional_properties
        return list_configclusterservers_data

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> ListConfigclusterserversDataAdditionalProperty:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: ListConfigclusterserversDataAdditionalProperty) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.list_configclusterservers_data_additional_property import ListConfigclusterserversDataAdditionalProperty  # noqa: E402
