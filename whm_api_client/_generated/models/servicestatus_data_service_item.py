# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ServicestatusDataServiceItem")


@_attrs_define
class ServicestatusDataServiceItem:
    """
    Attributes:
        name (str | Unset):
        display_name (str | Unset):
        enabled (int | Unset):
        installed (int | Unset):
        monitored (int | Unset):
        running (int | Unset):
    """

    name: str | Unset = UNSET
    display_name: str | Unset = UNSET
    enabled: int | Unset = UNSET
    installed: int | Unset = UNSET
    monitored: int | Unset = UNSET
    running: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        display_name = self.display_name

        enabled = self.enabled

        installed = self.installed

        monitored = self.monitored

        running = self.running

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if installed is not UNSET:
            field_dict["installed"] = installed
        if monitored is not UNSET:
            field_dict["monitored"] = monitored
        if running is not UNSET:
            field_dict["running"] = running

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)
        if name is None:
            name = UNSET
        if not isinstance(name, (str, Unset)):
            raise TypeError(f"field name: expected string, got {type(name).__name__}")

        display_name = d.pop("display_name", UNSET)
        if display_name is None:
            display_name = UNSET
        if not isinstance(display_name, (str, Unset)):
            raise TypeError(f"field display_name: expected string, got {type(display_name).__name__}")

        enabled = d.pop("enabled", UNSET)
        if enabled is None:
            enabled = UNSET
        if not isinstance(enabled, (int, Unset)):
            raise TypeError(f"field enabled: expected integer, got {type(enabled).__name__}")

        installed = d.pop("installed", UNSET)
        if installed is None:
            installed = UNSET
        if not isinstance(installed, (int, Unset)):
            raise TypeError(f"field installed: expected integer, got {type(installed).__name__}")

        monitored = d.pop("monitored", UNSET)
        if monitored is None:
            monitored = UNSET
        if not isinstance(monitored, (int, Unset)):
            raise TypeError(f"field monitored: expected integer, got {type(monitored).__name__}")

        running = d.pop("running", UNSET)
        if running is None:
            running = UNSET
        if not isinstance(running, (int, Unset)):
            raise TypeError(f"field running: expected integer, got {type(running).__name__}")

        servicestatus_data_service_item = cls(
            name=name,
            display_name=display_name,
            enabled=enabled,
            installed=installed,
            monitored=monitored,
            running=running,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        servicestatus_data_service_item.additional_properties = additional_properties
        return servicestatus_data_service_item

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
