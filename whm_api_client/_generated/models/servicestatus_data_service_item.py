# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_value

T = TypeVar("T", bound="ServicestatusDataServiceItem")
_new_instance = object.__new__


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
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
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

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)
        if name.__class__ is not str:
            name = read_value(name, "name", "string", False)

        display_name = d.pop("display_name", UNSET)
        if display_name.__class__ is not str:
            display_name = read_value(display_name, "display_name", "string", False)

        enabled = d.pop("enabled", UNSET)
        if enabled.__class__ is not int:
            enabled = read_value(enabled, "enabled", "integer", False)

        installed = d.pop("installed", UNSET)
        if installed.__class__ is not int:
            installed = read_value(installed, "installed", "integer", False)

        monitored = d.pop("monitored", UNSET)
        if monitored.__class__ is not int:
            monitored = read_value(monitored, "monitored", "integer", False)

        running = d.pop("running", UNSET)
        if running.__class__ is not int:
            running = read_value(running, "running", "integer", False)

        servicestatus_data_service_item = _new_instance(cls)
        servicestatus_data_service_item.name = name
        servicestatus_data_service_item.display_name = display_name
        servicestatus_data_service_item.enabled = enabled
        servicestatus_data_service_item.installed = installed
        servicestatus_data_service_item.monitored = monitored
        servicestatus_data_service_item.running = running

        servicestatus_data_service_item.additional_properties = dict(d) if d else {}
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
