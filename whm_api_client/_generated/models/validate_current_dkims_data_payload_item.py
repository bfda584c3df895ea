# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.validate_current_dkims_data_payload_item_records_item import (
        ValidateCurrentDkimsDataPayloadItemRecordsItem,
    )


T = TypeVar("T", bound="ValidateCurrentDkimsDataPayloadItem")


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

        _records = d.pop("records", UNSET)
        records: list[ValidateCurrentDkimsDataPayloadItemRecordsItem] | Unset = UNSET
        if _records is not None and not isinstance(_records, Unset):  # null reads as UNSET
            if not isinstance(_records, list):
                raise TypeError(f"field records: expected array, got {type(_records).__name__}")
            records = []
            for records_item_data in _records:
                _records_item = records_item_data
                if not isinstance(_records_item, dict):
                    raise TypeError(f"field records_item: expected object, got {type(_records_item).__name__}")
                records_item = ValidateCurrentDkimsDataPayloadItemRecordsItem.from_dict(_records_item)

                records.append(records_item)

        state = d.pop("state", UNSET)
        if state is None:
            state = UNSET
        if not isinstance(state, (str, Unset)):
            raise TypeError(f"field state: expected string, got {type(state).__name__}")

        validity_cache_update = d.pop("validity_cache_update", UNSET)
        if validity_cache_update is None:
            validity_cache_update = UNSET
        if not isinstance(validity_cache_update, (str, Unset)):
            raise TypeError(f"field validity_cache_update: expected string, got {type(validity_cache_update).__name__}")

        validate_current_dkims_data_payload_item = cls(
            domain=domain,
            error=error,
            expected=expected,
            records=records,
            state=state,
            validity_cache_update=validity_cache_update,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        validate_current_dkims_data_payload_item.additional_properties = additional_properties
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
