# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_value

T = TypeVar("T", bound="DisableDkimDataPayloadItem")
_new_instance = object.__new__


@_attrs_define
class DisableDkimDataPayloadItem:
    """
    Attributes:
        domain (str | Unset):
        msg (str | Unset):
        status (int | Unset):
    """

    domain: str | Unset = UNSET
    msg: str | Unset = UNSET
    status: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        domain = self.domain

        msg = self.msg

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if domain is not UNSET:
            field_dict["domain"] = domain
        if msg is not UNSET:
            field_dict["msg"] = msg
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        domain = d.pop("domain", UNSET)
        if domain.__class__ is not str:
            domain = read_value(domain, "domain", "string", False)

        msg = d.pop("msg", UNSET)
        if msg.__class__ is not str:
            msg = read_value(msg, "msg", "string", False)

        status = d.pop("status", UNSET)
        if status.__class__ is not int:
            status = read_value(status, "status", "integer", False)

        disable_dkim_data_payload_item = _new_instance(cls)
        disable_dkim_data_payload_item.domain = domain
        disable_dkim_data_payload_item.msg = msg
        disable_dkim_data_payload_item.status = status

        disable_dkim_data_payload_item.additional_properties = dict(d) if d else {}
        return disable_dkim_data_payload_item

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
