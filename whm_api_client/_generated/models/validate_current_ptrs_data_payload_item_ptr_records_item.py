# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_items, read_list, read_value

T = TypeVar("T", bound="ValidateCurrentPtrsDataPayloadItemPtrRecordsItem")
_new_instance = object.__new__


@_attrs_define
class ValidateCurrentPtrsDataPayloadItemPtrRecordsItem:
    """
    Attributes:
        domain (str | Unset):
        forward_records (list[str] | Unset):
        state (str | Unset):
    """

    domain: str | Unset = UNSET
    forward_records: list[str] | Unset = UNSET
    state: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        domain = self.domain

        forward_records: list[str] | Unset = UNSET
        if not isinstance(self.forward_records, Unset):
            forward_records = self.forward_records

        state = self.state

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if domain is not UNSET:
            field_dict["domain"] = domain
        if forward_records is not UNSET:
            field_dict["forward_records"] = forward_records
        if state is not UNSET:
            field_dict["state"] = state

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

        _forward_records = d.pop("forward_records", UNSET)
        if _forward_records.__class__ is not list:
            _forward_records = read_list(_forward_records, "forward_records", False)
        forward_records: list[str] | Unset = UNSET
        if _forward_records is not UNSET:
            forward_records = _forward_records
            for _item in _forward_records:
                if _item.__class__ is not str:
                    forward_records = read_items(_forward_records, "forward_records_item", "string")
                    break

        state = d.pop("state", UNSET)
        if state.__class__ is not str:
            state = read_value(state, "state", "string", False)

        validate_current_ptrs_data_payload_item_ptr_records_item = _new_instance(cls)
        validate_current_ptrs_data_payload_item_ptr_records_item.domain = domain
        validate_current_ptrs_data_payload_item_ptr_records_item.forward_records = forward_records
        validate_current_ptrs_data_payload_item_ptr_records_item.state = state

        validate_current_ptrs_data_payload_item_ptr_records_item.additional_properties = dict(d) if d else {}
        return validate_current_ptrs_data_payload_item_ptr_records_item

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
