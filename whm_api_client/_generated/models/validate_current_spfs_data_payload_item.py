# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.validate_current_spfs_data_payload_item_records_item import (
        ValidateCurrentSpfsDataPayloadItemRecordsItem,
    )


T = TypeVar("T", bound="ValidateCurrentSpfsDataPayloadItem")


@_attrs_define
class ValidateCurrentSpfsDataPayloadItem:
    """
    Attributes:
        domain (str | Unset):
        error (str | Unset):
        expected (str | Unset):
        ip_address (str | Unset):
        ip_version (int | Unset):
        records (list[ValidateCurrentSpfsDataPayloadItemRecordsItem] | Unset):
        state (str | Unset):
    """

    domain: str | Unset = UNSET
    error: str | Unset = UNSET
    expected: str | Unset = UNSET
    ip_address: str | Unset = UNSET
    ip_version: int | Unset = UNSET
    records: list[ValidateCurrentSpfsDataPayloadItemRecordsItem] | Unset = UNSET
    state: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        domain = self.domain

        error = self.error

        expected = self.expected

        ip_address = self.ip_address

        ip_version = self.ip_version

        records: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.records, Unset):
            records = []
            for records_item_data in self.records:
                records_item = records_item_data.to_dict()
                records.append(records_item)

        state = self.state

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if domain is not UNSET:
            field_dict["domain"] = domain
        if error is not UNSET:
            field_dict["error"] = error
        if expected is not UNSET:
            field_dict["expected"] = expected
        if ip_address is not UNSET:
            field_dict["ip_address"] = ip_address
        if ip_version is not UNSET:
            field_dict["ip_version"] = ip_version
        if records is not UNSET:
            field_dict["records"] = records
        if state is not UNSET:
            field_dict["state"] = state

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        domain = d.pop("domain", UNSET)
        if domain is None:
            domain = UNSET
        if not isinstance(domain, (str, Unset)):
            raise TypeError(f"field domain: expected string, got {type(domain).__name__}")

        error = d.pop("error", UNSET)
        if error is None:
            error = UNSET
        if not isinstance(error, (str, Unset)):
            raise TypeError(f"field error: expected string, got {type(error).__name__}")

        expected = d.pop("expected", UNSET)
        if expected is None:
            expected = UNSET
        if not isinstance(expected, (str, Unset)):
            raise TypeError(f"field expected: expected string, got {type(expected).__name__}")

        ip_address = d.pop("ip_address", UNSET)
        if ip_address is None:
            ip_address = UNSET
        if not isinstance(ip_address, (str, Unset)):
            raise TypeError(f"field ip_address: expected string, got {type(ip_address).__name__}")

        ip_version = d.pop("ip_version", UNSET)
        if ip_version is None:
            ip_version = UNSET
        if not isinstance(ip_version, (int, Unset)):
            raise TypeError(f"field ip_version: expected integer, got {type(ip_version).__name__}")

        _records = d.pop("records", UNSET)
        records: list[ValidateCurrentSpfsDataPayloadItemRecordsItem] | Unset = UNSET
        if _records is not None and not isinstance(_records, Unset):  # null reads as UNSET
            if not isinstance(_records, list):
                raise TypeError(f"field records: expected array, got {type(_records).__name__}")
            records = []
            for records_item_data in _records:
                _records_item = records_item_data
                if not isinstance(_records_item, dict):
                    raise TypeError(f"field records_item: expected object, got {type(_records_item).__name__}")
                records_item = ValidateCurrentSpfsDataPayloadItemRecordsItem.from_dict(_records_item)

                records.append(records_item)

        state = d.pop("state", UNSET)
        if state is None:
            state = UNSET
        if not isinstance(state, (str, Unset)):
            raise TypeError(f"field state: expected string, got {type(state).__name__}")

        validate_current_spfs_data_payload_item = cls(
            domain=domain,
            error=error,
            expected=expected,
            ip_address=ip_address,
            ip_version=ip_version,
            records=records,
            state=state,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        validate_current_spfs_data_payload_item.additional_properties = additional_properties
        return validate_current_spfs_data_payload_item

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


from ..models.validate_current_spfs_data_payload_item_records_item import ValidateCurrentSpfsDataPayloadItemRecordsItem  # noqa: E402
