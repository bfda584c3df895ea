# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_list, read_object, read_value

if TYPE_CHECKING:
    from ..models.validate_current_dkims_data_payload_item_records_item import (
        ValidateCurrentDkimsDataPayloadItemRecordsItem,
    )


T = TypeVar("T", bound="ValidateCurrentDkimsDataPayloadItem")
_new_instance = object.__new__


@_attrs_define
class ValidateCurrentDkimsDataPayloadItem:
    """
    Attributes:
        domain (str | Unset):
        error (str | Unset):
        expected (str | Unset):
        records (list[ValidateCurrentDkimsDataPayloadItemRecordsItem] | Unset):
        state (str | Unset):
        validity_cache_update (str | Unset):
    """

    domain: str | Unset = UNSET
    error: str | Unset = UNSET
    expected: str | Unset = UNSET
    records: list[ValidateCurrentDkimsDataPayloadItemRecordsItem] | Unset = UNSET
    state: str | Unset = UNSET
    validity_cache_update: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        domain = self.domain

        error = self.error

        expected = self.expected

        records: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.records, Unset):
            records = []
            for records_item_data in self.records:
                records_item = records_item_data.to_dict()
                records.append(records_item)

        state = self.state

        validity_cache_update = self.validity_cache_update

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if domain is not UNSET:
            field_dict["domain"] = domain
        if error is not UNSET:
            field_dict["error"] = error
        if expected is not UNSET:
            field_dict["expected"] = expected
        if records is not UNSET:
            field_dict["records"] = records
        if state is not UNSET:
            field_dict["state"] = state
        if validity_cache_update is not UNSET:
            field_dict["validity_cache_update"] = validity_cache_update

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

        expected = d.pop("expected", UNSET)
        if expected.__class__ is not str:
            expected = read_value(expected, "expected", "string", False)

        _records = d.pop("records", UNSET)
        if _records.__class__ is not list:
            _records = read_list(_records, "records", False)
        records: list[ValidateCurrentDkimsDataPayloadItemRecordsItem] | Unset = UNSET
        if _records is not UNSET:
            records = []
            for records_item_data in _records:
                _records_item = records_item_data
                if _records_item.__class__ is not dict:
                    _records_item = read_object(_records_item, "records_item", True)
                records_item = ValidateCurrentDkimsDataPayloadItemRecordsItem.from_dict(_records_item)

                records.append(records_item)

        state = d.pop("state", UNSET)
        if state.__class__ is not str:
            state = read_value(state, "state", "string", False)

        validity_cache_update = d.pop("validity_cache_update", UNSET)
        if validity_cache_update.__class__ is not str:
            validity_cache_update = read_value(validity_cache_update, "validity_cache_update", "string", False)

        validate_current_dkims_data_payload_item = _new_instance(cls)
        validate_current_dkims_data_payload_item.domain = domain
        validate_current_dkims_data_payload_item.error = error
        validate_current_dkims_data_payload_item.expected = expected
        validate_current_dkims_data_payload_item.records = records
        validate_current_dkims_data_payload_item.state = state
        validate_current_dkims_data_payload_item.validity_cache_update = validity_cache_update

        validate_current_dkims_data_payload_item.additional_properties = dict(d) if d else {}
        return validate_current_dkims_data_payload_item

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


from ..models.validate_current_dkims_data_payload_item_records_item import (
    ValidateCurrentDkimsDataPayloadItemRecordsItem,  # noqa: E402
)
