# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_list, read_object

if TYPE_CHECKING:
    from ..models.get_provider_display_configurations_data_configurations_item import (
        GetProviderDisplayConfigurationsDataConfigurationsItem,
    )


T = TypeVar("T", bound="GetProviderDisplayConfigurationsData")
_new_instance = object.__new__


@_attrs_define
class GetProviderDisplayConfigurationsData:
    """
    Attributes:
        configurations (list[GetProviderDisplayConfigurationsDataConfigurationsItem] | Unset):
    """

    configurations: list[GetProviderDisplayConfigurationsDataConfigurationsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        configurations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.configurations, Unset):
            configurations = []
            for configurations_item_data in self.configurations:
                configurations_item = configurations_item_data.to_dict()
                configurations.append(configurations_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if configurations is not UNSET:
            field_dict["configurations"] = configurations

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _configurations = d.pop("configurations", UNSET)
        if _configurations.__class__ is not list:
            _configurations = read_list(_configurations, "configurations", False)
        configurations: list[GetProviderDisplayConfigurationsDataConfigurationsItem] | Unset = UNSET
        if _configurations is not UNSET:
            configurations = []
            for configurations_item_data in _configurations:
                _configurations_item = configurations_item_data
                if _configurations_item.__class__ is not dict:
                    _configurations_item = read_object(_configurations_item, "configurations_item", True)
                configurations_item = GetProviderDisplayConfigurationsDataConfigurationsItem.from_dict(
                    _configurations_item
                )

                configurations.append(configurations_item)

        get_provider_display_configurations_data = _new_instance(cls)
        get_provider_display_configurations_data.configurations = configurations

        get_provider_display_configurations_data.additional_properties = dict(d) if d else {}
        return get_provider_display_configurations_data

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


from ..models.get_provider_display_configurations_data_configurations_item import (
    GetProviderDisplayConfigurationsDataConfigurationsItem,  # noqa: E402
)
