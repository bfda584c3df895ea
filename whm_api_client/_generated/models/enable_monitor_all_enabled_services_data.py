# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_list, read_object

if TYPE_CHECKING:
    from ..models.enable_monitor_all_enabled_services_data_services_item import (
        EnableMonitorAllEnabledServicesDataServicesItem,
    )


T = TypeVar("T", bound="EnableMonitorAllEnabledServicesData")
_new_instance = object.__new__


@_attrs_define
class EnableMonitorAllEnabledServicesData:
    """
    Attributes:
        services (list[EnableMonitorAllEnabledServicesDataServicesItem] | Unset):
    """

    services: list[EnableMonitorAllEnabledServicesDataServicesItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        services: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.services, Unset):
            services = []
            for services_item_data in self.services:
                services_item = services_item_data.to_dict()
                services.append(services_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if services is not UNSET:
            field_dict["services"] = services

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _services = d.pop("services", UNSET)
        if _services.__class__ is not list:
            _services = read_list(_services, "services", False)
        services: list[EnableMonitorAllEnabledServicesDataServicesItem] | Unset = UNSET
        if _services is not UNSET:
            services = []
            for services_item_data in _services:
                _services_item = services_item_data
                if _services_item.__class__ is not dict:
                    _services_item = read_object(_services_item, "services_item", True)
                services_item = EnableMonitorAllEnabledServicesDataServicesItem.from_dict(_services_item)

                services.append(services_item)

        enable_monitor_all_enabled_services_data = _new_instance(cls)
        enable_monitor_all_enabled_services_data.services = services

        enable_monitor_all_enabled_services_data.additional_properties = dict(d) if d else {}
        return enable_monitor_all_enabled_services_data

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


from ..models.enable_monitor_all_enabled_services_data_services_item import (
    EnableMonitorAllEnabledServicesDataServicesItem,  # noqa: E402
)
