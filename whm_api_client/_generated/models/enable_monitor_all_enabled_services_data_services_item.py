# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EnableMonitorAllEnabledServicesDataServicesItem")


@_attrs_define
class EnableMonitorAllEnabledServicesDataServicesItem:
    """
    Attributes:
        monitored (int | Unset):
        service (str | Unset):
    """

    monitored: int | Unset = UNSET
    service: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        monitored = self.monitored

        service = self.service

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if monitored is not UNSET:
            field_dict["monitored"] = monitored
        if service is not UNSET:
            field_dict["service"] = service

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        monitored = d.pop("monitored", UNSET)
        if monitored is None:
            monitored = UNSET
        if not isinstance(monitored, (int, Unset)):
            raise TypeError(f"field monitored: expected integer, got {type(monitored).__name__}")

        service = d.pop("service", UNSET)
        if service is None:
            service = UNSET
        if not isinstance(service, (str, Unset)):
            raise TypeError(f"field service: expected string, got {type(service).__name__}")

        enable_monitor_all_enabled_services_data_services_item = cls(
            monitored=monitored,
            service=service,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        enable_monitor_all_enabled_services_data_services_item.additional_properties = additional_properties
        return enable_monitor_all_enabled_services_data_services_item

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
