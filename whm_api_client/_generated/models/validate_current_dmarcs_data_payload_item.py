# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ValidateCurrentDmarcsDataPayloadItem")


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

        record = d.pop("record", UNSET)
        if record is None:
            record = UNSET
        if not isinstance(record, (str, Unset)):
            raise TypeError(f"field record: expected string, got {type(record).__name__}")

        state = d.pop("state", UNSET)
        if state is None:
            state = UNSET
        if not isinstance(state, (str, Unset)):
            raise TypeError(f"field state: expected string, got {type(state).__name__}")

        subdomain = d.pop("subdomain", UNSET)
        if subdomain is None:
            subdomain = UNSET
        if not isinstance(subdomain, (str, Unset)):
            raise TypeError(f"field subdomain: expected string, got {type(subdomain).__name__}")

        suggested = d.pop("suggested", UNSET)
        if suggested is None:
            suggested = UNSET
        if not isinstance(suggested, (str, Unset)):
            raise TypeError(f"field suggested: expected string, got {type(suggested).__name__}")

        validate_current_dmarcs_data_payload_item = cls(
            domain=domain,
            error=error,
            record=record,
            state=state,
            subdomain=subdomain,
            suggested=suggested,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        validate_current_dmarcs_data_payload_item.additional_properties = additional_properties
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
