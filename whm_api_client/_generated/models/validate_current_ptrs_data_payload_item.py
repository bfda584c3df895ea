# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_items, read_list, read_object, read_value

if TYPE_CHECKING:
    from ..models.validate_current_ptrs_data_payload_item_ptr_records_item import (
        ValidateCurrentPtrsDataPayloadItemPtrRecordsItem,
    )


T = TypeVar("T", bound="ValidateCurrentPtrsDataPayloadItem")
_new_instance = object.__new__


@_attrs_define
class ValidateCurrentPtrsDataPayloadItem:
    """
    Attributes:
        arpa_domain (str | Unset):
        domain (str | Unset):
        error (str | Unset):
        helo (str | Unset):
        ip_address (str | Unset):
        ip_version (int | Unset):
        nameservers (list[str] | Unset):
        ptr_records (list[ValidateCurrentPtrsDataPayloadItemPtrRecordsItem] | Unset):
        state (str | Unset):
    """

    arpa_domain: str | Unset = UNSET
    domain: str | Unset = UNSET
    error: str | Unset = UNSET
    helo: str | Unset = UNSET
    ip_address: str | Unset = UNSET
    ip_version: int | Unset = UNSET
    nameservers: list[str] | Unset = UNSET
    ptr_records: list[ValidateCurrentPtrsDataPayloadItemPtrRecordsItem] | Unset = UNSET
    state: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        arpa_domain = self.arpa_domain

        domain = self.domain

        error = self.error

        helo = self.helo

        ip_address = self.ip_address

        ip_version = self.ip_version

        nameservers: list[str] | Unset = UNSET
        if not isinstance(self.nameservers, Unset):
            nameservers = self.nameservers

        ptr_records: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.ptr_records, Unset):
            ptr_records = []
            for ptr_records_item_data in self.ptr_records:
                ptr_records_item = ptr_records_item_data.to_dict()
                ptr_records.append(ptr_records_item)

        state = self.state

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if arpa_domain is not UNSET:
            field_dict["arpa_domain"] = arpa_domain
        if domain is not UNSET:
            field_dict["domain"] = domain
        if error is not UNSET:
            field_dict["error"] = error
        if helo is not UNSET:
            field_dict["helo"] = helo
        if ip_address is not UNSET:
            field_dict["ip_address"] = ip_address
        if ip_version is not UNSET:
            field_dict["ip_version"] = ip_version
        if nameservers is not UNSET:
            field_dict["nameservers"] = nameservers
        if ptr_records is not UNSET:
            field_dict["ptr_records"] = ptr_records
        if state is not UNSET:
            field_dict["state"] = state

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        arpa_domain = d.pop("arpa_domain", UNSET)
        if arpa_domain.__class__ is not str:
            arpa_domain = read_value(arpa_domain, "arpa_domain", "string", False)

        domain = d.pop("domain", UNSET)
        if domain.__class__ is not str:
            domain = read_value(domain, "domain", "string", False)

        error = d.pop("error", UNSET)
        if error.__class__ is not str:
            error = read_value(error, "error", "string", False)

        helo = d.pop("helo", UNSET)
        if helo.__class__ is not str:
            helo = read_value(helo, "helo", "string", False)

        ip_address = d.pop("ip_address", UNSET)
        if ip_address.__class__ is not str:
            ip_address = read_value(ip_address, "ip_address", "string", False)

        ip_version = d.pop("ip_version", UNSET)
        if ip_version.__class__ is not int:
            ip_version = read_value(ip_version, "ip_version", "integer", False)

        _nameservers = d.pop("nameservers", UNSET)
        if _nameservers.__class__ is not list:
            _nameservers = read_list(_nameservers, "nameservers", False)
        nameservers: list[str] | Unset = UNSET
        if _nameservers is not UNSET:
            nameservers = _nameservers
            for _item in _nameservers:
                if _item.__class__ is not str:
                    nameservers = read_items(_nameservers, "nameservers_item", "string")
                    break

        _ptr_records = d.pop("ptr_records", UNSET)
        if _ptr_records.__class__ is not list:
            _ptr_records = read_list(_ptr_records, "ptr_records", False)
        ptr_records: list[ValidateCurrentPtrsDataPayloadItemPtrRecordsItem] | Unset = UNSET
        if _ptr_records is not UNSET:
            ptr_records = []
            for ptr_records_item_data in _ptr_records:
                _ptr_records_item = ptr_records_item_data
                if _ptr_records_item.__class__ is not dict:
                    _ptr_records_item = read_object(_ptr_records_item, "ptr_records_item", True)
                ptr_records_item = ValidateCurrentPtrsDataPayloadItemPtrRecordsItem.from_dict(_ptr_records_item)

                ptr_records.append(ptr_records_item)

        state = d.pop("state", UNSET)
        if state.__class__ is not str:
            state = read_value(state, "state", "string", False)

        validate_current_ptrs_data_payload_item = _new_instance(cls)
        validate_current_ptrs_data_payload_item.arpa_domain = arpa_domain
        validate_current_ptrs_data_payload_item.domain = domain
        validate_current_ptrs_data_payload_item.error = error
        validate_current_ptrs_data_payload_item.helo = helo
        validate_current_ptrs_data_payload_item.ip_address = ip_address
        validate_current_ptrs_data_payload_item.ip_version = ip_version
        validate_current_ptrs_data_payload_item.nameservers = nameservers
        validate_current_ptrs_data_payload_item.ptr_records = ptr_records
        validate_current_ptrs_data_payload_item.state = state

        validate_current_ptrs_data_payload_item.additional_properties = dict(d) if d else {}
        return validate_current_ptrs_data_payload_item

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


from ..models.validate_current_ptrs_data_payload_item_ptr_records_item import (
    ValidateCurrentPtrsDataPayloadItemPtrRecordsItem,  # noqa: E402
)
