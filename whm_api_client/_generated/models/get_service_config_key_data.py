# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_value

T = TypeVar("T", bound="GetServiceConfigKeyData")
_new_instance = object.__new__


@_attrs_define
class GetServiceConfigKeyData:
    """
    Attributes:
        key_name (str | Unset):
        mail_process_size (Any | Unset):
    """

    key_name: str | Unset = UNSET
    mail_process_size: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        key_name = self.key_name

        mail_process_size = self.mail_process_size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if key_name is not UNSET:
            field_dict["key name"] = key_name
        if mail_process_size is not UNSET:
            field_dict["mail_process_size"] = mail_process_size

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        key_name = d.pop("key name", UNSET)
        if key_name.__class__ is not str:
            key_name = read_value(key_name, "key name", "string", False)

        mail_process_size = d.pop("mail_process_size", UNSET)

        get_service_config_key_data = _new_instance(cls)
        get_service_config_key_data.key_name = key_name
        get_service_config_key_data.mail_process_size = mail_process_size

        get_service_config_key_data.additional_properties = dict(d) if d else {}
        return get_service_config_key_data

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
