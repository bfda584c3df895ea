# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetProviderConfigurationFieldsDataConfigurationFieldsItem")


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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        description = d.pop("description", UNSET)
        if description is None:
            description = UNSET
        if not isinstance(description, (str, Unset)):
            raise TypeError(f"field description: expected string, got {type(description).__name__}")

        display_order = d.pop("display_order", UNSET)
        if display_order is None:
            display_order = UNSET
        if not isinstance(display_order, (int, Unset)):
            raise TypeError(f"field display_order: expected integer, got {type(display_order).__name__}")

        field_id = d.pop("field_id", UNSET)
        if field_id is None:
            field_id = UNSET
        if not isinstance(field_id, (str, Unset)):
            raise TypeError(f"field field_id: expected string, got {type(field_id).__name__}")

        label = d.pop("label", UNSET)
        if label is None:
            label = UNSET
        if not isinstance(label, (str, Unset)):
            raise TypeError(f"field label: expected string, got {type(label).__name__}")

        def _parse_value(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                value_type_0 = data
                if not isinstance(value_type_0, (str,)):
                    raise TypeError(f"field value_type_0: expected string, got {type(value_type_0).__name__}")

                return value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            value_type_1 = data
            if value_type_1 is not None:
                raise TypeError(f"field value_type_1: expected null, got {type(value_type_1).__name__}")

            return value_type_1

        value = _parse_value(d.pop("value", UNSET))

        get_provider_configuration_fields_data_configuration_fields_item = cls(
            description=description,
            display_order=display_order,
            field_id=field_id,
            label=label,
            value=value,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        get_provider_configuration_fields_data_configuration_fields_item.additional_properties = additional_properties
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
