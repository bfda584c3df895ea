# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_value

T = TypeVar("T", bound="CpgreylistStatusData")
_new_instance = object.__new__


@_attrs_define
class CpgreylistStatusData:
    """
    Attributes:
        is_enabled (int | Unset):
        is_exim_enabled (int | Unset):
        service (str | Unset):
    """

    is_enabled: int | Unset = UNSET
    is_exim_enabled: int | Unset = UNSET
    service: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        is_enabled = self.is_enabled

        is_exim_enabled = self.is_exim_enabled

        service = self.service

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if is_enabled is not UNSET:
            field_dict["is_enabled"] = is_enabled
        if is_exim_enabled is not UNSET:
            field_dict["is_exim_enabled"] = is_exim_enabled
        if service is not UNSET:
            field_dict["service"] = service

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        is_enabled = d.pop("is_enabled", UNSET)
        if is_enabled.__class__ is not int:
            is_enabled = read_value(is_enabled, "is_enabled", "integer", False)

        is_exim_enabled = d.pop("is_exim_enabled", UNSET)
        if is_exim_enabled.__class__ is not int:
            is_exim_enabled = read_value(is_exim_enabled, "is_exim_enabled", "integer", False)

        service = d.pop("service", UNSET)
        if service.__class__ is not str:
            service = read_value(service, "service", "string", False)

        cpgreylist_status_data = _new_instance(cls)
        cpgreylist_status_data.is_enabled = is_enabled
        cpgreylist_status_data.is_exim_enabled = is_exim_enabled
        cpgreylist_status_data.service = service

        cpgreylist_status_data.additional_properties = dict(d) if d else {}
        return cpgreylist_status_data

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
