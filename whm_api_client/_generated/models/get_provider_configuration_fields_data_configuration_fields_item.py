# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_value

T = TypeVar("T", bound="GetProviderConfigurationFieldsDataConfigurationFieldsItem")
_new_instance = object.__new__


@_attrs_define
class GetProviderConfigurationFieldsDataConfigurationFieldsItem:
    """
    Attributes:
        description (str | Unset):
        display_order (int | Unset):
        field_id (str | Unset):
        label (str | Unset):
        value (None | str | Unset):
    """

    description: str | Unset = UNSET
    display_order: int | Unset = UNSET
    field_id: str | Unset = UNSET
    label: str | Unset = UNSET
    value: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        description = self.description

        display_order = self.display_order

        field_id = self.field_id

        label = self.label

        value: None | str | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        else:
            value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if description is not UNSET:
            field_dict["description"] = description
        if display_order is not UNSET:
            field_dict["display_order"] = display_order
        if field_id is not UNSET:
            field_dict["field_id"] = field_id
        if label is not UNSET:
            field_dict["label"] = label
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        description = d.pop("description", UNSET)
        if description.__class__ is not str:
            description = read_value(description, "description", "string", False)

        display_order = d.pop("display_order", UNSET)
        if display_order.__class__ is not int:
            display_order = read_value(display_order, "display_order", "integer", False)

        field_id = d.pop("field_id", UNSET)
        if field_id.__class__ is not str:
            field_id = read_value(field_id, "field_id", "string", False)

        label = d.pop("label", UNSET)
        if label.__class__ is not str:
            label = read_value(label, "label", "string", False)

        value = d.pop("value", UNSET)
        if value.__class__ is not str and value is not None:
            value = read_value(value, "value", "string", False)

        get_provider_configuration_fields_data_configuration_fields_item = _new_instance(cls)
        get_provider_configuration_fields_data_configuration_fields_item.description = description
        get_provider_configuration_fields_data_configuration_fields_item.display_order = display_order
        get_provider_configuration_fields_data_configuration_fields_item.field_id = field_id
        get_provider_configuration_fields_data_configuration_fields_item.label = label
        get_provider_configuration_fields_data_configuration_fields_item.value = value

        get_provider_configuration_fields_data_configuration_fields_item.additional_properties = dict(d) if d else {}
        return get_provider_configuration_fields_data_configuration_fields_item

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
