# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_list, read_object

if TYPE_CHECKING:
    from ..models.get_provider_configuration_fields_data_configuration_fields_item import (
        GetProviderConfigurationFieldsDataConfigurationFieldsItem,
    )


T = TypeVar("T", bound="GetProviderConfigurationFieldsData")
_new_instance = object.__new__


@_attrs_define
class GetProviderConfigurationFieldsData:
    """
    Attributes:
        configuration_fields (list[GetProviderConfigurationFieldsDataConfigurationFieldsItem] | Unset):
    """

    configuration_fields: list[GetProviderConfigurationFieldsDataConfigurationFieldsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        configuration_fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.configuration_fields, Unset):
            configuration_fields = []
            for configuration_fields_item_data in self.configuration_fields:
                configuration_fields_item = configuration_fields_item_data.to_dict()
                configuration_fields.append(configuration_fields_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if configuration_fields is not UNSET:
            field_dict["configuration_fields"] = configuration_fields

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _configuration_fields = d.pop("configuration_fields", UNSET)
        if _configuration_fields.__class__ is not list:
            _configuration_fields = read_list(_configuration_fields, "configuration_fields", False)
        configuration_fields: list[GetProviderConfigurationFieldsDataConfigurationFieldsItem] | Unset = UNSET
        if _configuration_fields is not UNSET:
            configuration_fields = []
            for configuration_fields_item_data in _configuration_fields:
                _configuration_fields_item = configuration_fields_item_data
                if _configuration_fields_item.__class__ is not dict:
                    _configuration_fields_item = read_object(
                        _configuration_fields_item, "configuration_fields_item", True
                    )
                configuration_fields_item = GetProviderConfigurationFieldsDataConfigurationFieldsItem.from_dict(
                    _configuration_fields_item
                )

                configuration_fields.append(configuration_fields_item)

        get_provider_configuration_fields_data = _new_instance(cls)
        get_provider_configuration_fields_data.configuration_fields = configuration_fields

        get_provider_configuration_fields_data.additional_properties = dict(d) if d else {}
        return get_provider_configuration_fields_data

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


from ..models.get_provider_configuration_fields_data_configuration_fields_item import (
    GetProviderConfigurationFieldsDataConfigurationFieldsItem,  # noqa: E402
)
