# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_value

T = TypeVar("T", bound="ValidateCurrentDmarcsDataPayloadItem")
_new_instance = object.__new__


@_attrs_define
class ValidateCurrentDmarcsDataPayloadItem:
    """
    Attributes:
        domain (str | Unset):
        error (str | Unset):
        record (str | Unset):
        state (str | Unset):
        subdomain (str | Unset):
        suggested (str | Unset):
    """

    domain: str | Unset = UNSET
    error: str | Unset = UNSET
    record: str | Unset = UNSET
    state: str | Unset = UNSET
    subdomain: str | Unset = UNSET
    suggested: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        domain = self.domain

        error = self.error

        record = self.record

        state = self.state

        subdomain = self.subdomain

        suggested = self.suggested

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if domain is not UNSET:
            field_dict["domain"] = domain
        if error is not UNSET:
            field_dict["error"] = error
        if record is not UNSET:
            field_dict["record"] = record
        if state is not UNSET:
            field_dict["state"] = state
        if subdomain is not UNSET:
            field_dict["subdomain"] = subdomain
        if suggested is not UNSET:
            field_dict["suggested"] = suggested

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

        error = d.pop("error", UNSET)
        if error.__class__ is not str:
            error = read_value(error, "error", "string", False)

        record = d.pop("record", UNSET)
        if record.__class__ is not str:
            record = read_value(record, "record", "string", False)

        state = d.pop("state", UNSET)
        if state.__class__ is not str:
            state = read_value(state, "state", "string", False)

        subdomain = d.pop("subdomain", UNSET)
        if subdomain.__class__ is not str:
            subdomain = read_value(subdomain, "subdomain", "string", False)

        suggested = d.pop("suggested", UNSET)
        if suggested.__class__ is not str:
            suggested = read_value(suggested, "suggested", "string", False)

        validate_current_dmarcs_data_payload_item = _new_instance(cls)
        validate_current_dmarcs_data_payload_item.domain = domain
        validate_current_dmarcs_data_payload_item.error = error
        validate_current_dmarcs_data_payload_item.record = record
        validate_current_dmarcs_data_payload_item.state = state
        validate_current_dmarcs_data_payload_item.subdomain = subdomain
        validate_current_dmarcs_data_payload_item.suggested = suggested

        validate_current_dmarcs_data_payload_item.additional_properties = dict(d) if d else {}
        return validate_current_dmarcs_data_payload_item

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
