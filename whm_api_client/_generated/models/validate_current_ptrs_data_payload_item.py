# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.validate_current_ptrs_data_payload_item_ptr_records_item import (
        ValidateCurrentPtrsDataPayloadItemPtrRecordsItem,
    )


T = TypeVar("T", bound="ValidateCurrentPtrsDataPayloadItem")


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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        arpa_domain = d.pop("arpa_domain", UNSET)
        if arpa_domain is None:
            arpa_domain = UNSET
        if not isinstance(arpa_domain, (str, Unset)):
            raise TypeError(f"field arpa_domain: expected string, got {type(arpa_domain).__name__}")

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

        helo = d.pop("helo", UNSET)
        if helo is None:
            helo = UNSET
        if not isinstance(helo, (str, Unset)):
            raise TypeError(f"field helo: expected string, got {type(helo).__name__}")

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

        _nameservers = d.pop("nameservers", UNSET)
        nameservers: list[str] | Unset = UNSET
        if _nameservers is not None and not isinstance(_nameservers, Unset):  # null reads as UNSET
            if not isinstance(_nameservers, list):
                raise TypeError(f"field nameservers: expected array, got {type(_nameservers).__name__}")
            nameservers = []
            for nameservers_item_data in _nameservers:
                nameservers_item = nameservers_item_data
                if not isinstance(nameservers_item, (str,)):
                    raise TypeError(f"field nameservers_item: expected string, got {type(nameservers_item).__name__}")

                nameservers.append(nameservers_item)

        _ptr_records = d.pop("ptr_records", UNSET)
        ptr_records: list[ValidateCurrentPtrsDataPayloadItemPtrRecordsItem] | Unset = UNSET
        if _ptr_records is not None and not isinstance(_ptr_records, Unset):  # null reads as UNSET
            if not isinstance(_ptr_records, list):
                raise TypeError(f"field ptr_records: expected array, got {type(_ptr_records).__name__}")
            ptr_records = []
            for ptr_records_item_data in _ptr_records:
                _ptr_records_item = ptr_records_item_data
                if not isinstance(_ptr_records_item, dict):
                    raise TypeError(f"field ptr_records_item: expected object, got {type(_ptr_records_item).__name__}")
                ptr_records_item = ValidateCurrentPtrsDataPayloadItemPtrRecordsItem.from_dict(_ptr_records_item)

                ptr_records.append(ptr_records_item)

        state = d.pop("state", UNSET)
        if state is None:
            state = UNSET
        if not isinstance(state, (str, Unset)):
            raise TypeError(f"field state: expected string, got {type(state).__name__}")

        validate_current_ptrs_data_payload_item = cls(
            arpa_domain=arpa_domain,
            domain=domain,
            error=error,
            helo=helo,
            ip_address=ip_address,
            ip_version=ip_version,
            nameservers=nameservers,
            ptr_records=ptr_records,
            state=state,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        validate_current_ptrs_data_payload_item.additional_properties = additional_properties
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
