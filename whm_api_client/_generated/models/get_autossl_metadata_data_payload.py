# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_value

T = TypeVar("T", bound="GetAutosslMetadataDataPayload")
_new_instance = object.__new__


@_attrs_define
class GetAutosslMetadataDataPayload:
    """
    Attributes:
        clobber_externally_signed (int | Unset):
        notify_autossl_expiry (int | Unset):
        notify_autossl_expiry_coverage (int | Unset):
        notify_autossl_expiry_coverage_user (int | Unset):
        notify_autossl_expiry_user (int | Unset):
        notify_autossl_renewal (int | Unset):
        notify_autossl_renewal_coverage (int | Unset):
        notify_autossl_renewal_coverage_reduced (int | Unset):
        notify_autossl_renewal_coverage_reduced_user (int | Unset):
        notify_autossl_renewal_coverage_user (int | Unset):
        notify_autossl_renewal_uncovered_domains (int | Unset):
        notify_autossl_renewal_uncovered_domains_user (int | Unset):
        notify_autossl_renewal_user (int | Unset):
    """

    clobber_externally_signed: int | Unset = UNSET
    notify_autossl_expiry: int | Unset = UNSET
    notify_autossl_expiry_coverage: int | Unset = UNSET
    notify_autossl_expiry_coverage_user: int | Unset = UNSET
    notify_autossl_expiry_user: int | Unset = UNSET
    notify_autossl_renewal: int | Unset = UNSET
    notify_autossl_renewal_coverage: int | Unset = UNSET
    notify_autossl_renewal_coverage_reduced: int | Unset = UNSET
    notify_autossl_renewal_coverage_reduced_user: int | Unset = UNSET
    notify_autossl_renewal_coverage_user: int | Unset = UNSET
    notify_autossl_renewal_uncovered_domains: int | Unset = UNSET
    notify_autossl_renewal_uncovered_domains_user: int | Unset = UNSET
    notify_autossl_renewal_user: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        clobber_externally_signed = self.clobber_externally_signed

        notify_autossl_expiry = self.notify_autossl_expiry

        notify_autossl_expiry_coverage = self.notify_autossl_expiry_coverage

        notify_autossl_expiry_coverage_user = self.notify_autossl_expiry_coverage_user

        notify_autossl_expiry_user = self.notify_autossl_expiry_user

        notify_autossl_renewal = self.notify_autossl_renewal

        notify_autossl_renewal_coverage = self.notify_autossl_renewal_coverage

        notify_autossl_renewal_coverage_reduced = self.notify_autossl_renewal_coverage_reduced

        notify_autossl_renewal_coverage_reduced_user = self.notify_autossl_renewal_coverage_reduced_user

        notify_autossl_renewal_coverage_user = self.notify_autossl_renewal_coverage_user

        notify_autossl_renewal_uncovered_domains = self.notify_autossl_renewal_uncovered_domains

        notify_autossl_renewal_uncovered_domains_user = self.notify_autossl_renewal_uncovered_domains_user

        notify_autossl_renewal_user = self.notify_autossl_renewal_user

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if clobber_externally_signed is not UNSET:
            field_dict["clobber_externally_signed"] = clobber_externally_signed
        if notify_autossl_expiry is not UNSET:
            field_dict["notify_autossl_expiry"] = notify_autossl_expiry
        if notify_autossl_expiry_coverage is not UNSET:
            field_dict["notify_autossl_expiry_coverage"] = notify_autossl_expiry_coverage
        if notify_autossl_expiry_coverage_user is not UNSET:
            field_dict["notify_autossl_expiry_coverage_user"] = notify_autossl_expiry_coverage_user
        if notify_autossl_expiry_user is not UNSET:
            field_dict["notify_autossl_expiry_user"] = notify_autossl_expiry_user
        if notify_autossl_renewal is not UNSET:
            field_dict["notify_autossl_renewal"] = notify_autossl_renewal
        if notify_autossl_renewal_coverage is not UNSET:
            field_dict["notify_autossl_renewal_coverage"] = notify_autossl_renewal_coverage
        if notify_autossl_renewal_coverage_reduced is not UNSET:
            field_dict["notify_autossl_renewal_coverage_reduced"] = notify_autossl_renewal_coverage_reduced
        if notify_autossl_renewal_coverage_reduced_user is not UNSET:
            field_dict["notify_autossl_renewal_coverage_reduced_user"] = notify_autossl_renewal_coverage_reduced_user
        if notify_autossl_renewal_coverage_user is not UNSET:
            field_dict["notify_autossl_renewal_coverage_user"] = notify_autossl_renewal_coverage_user
        if notify_autossl_renewal_uncovered_domains is not UNSET:
            field_dict["notify_autossl_renewal_uncovered_domains"] = notify_autossl_renewal_uncovered_domains
        if notify_autossl_renewal_uncovered_domains_user is not UNSET:
            field_dict["notify_autossl_renewal_uncovered_domains_user"] = notify_autossl_renewal_uncovered_domains_user
        if notify_autossl_renewal_user is not UNSET:
            field_dict["notify_autossl_renewal_user"] = notify_autossl_renewal_user

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        clobber_externally_signed = d.pop("clobber_externally_signed", UNSET)
        if clobber_externally_signed.__class__ is not int:
            clobber_externally_signed = read_value(
                clobber_externally_signed, "clobber_externally_signed", "integer", False
            )

        notify_autossl_expiry = d.pop("notify_autossl_expiry", UNSET)
        if notify_autossl_expiry.__class__ is not int:
            notify_autossl_expiry = read_value(notify_autossl_expiry, "notify_autossl_expiry", "integer", False)

        notify_autossl_expiry_coverage = d.pop("notify_autossl_expiry_coverage", UNSET)
        if notify_autossl_expiry_coverage.__class__ is not int:
            notify_autossl_expiry_coverage = read_value(
                notify_autossl_expiry_coverage, "notify_autossl_expiry_coverage", "integer", False
            )

        notify_autossl_expiry_coverage_user = d.pop("notify_autossl_expiry_coverage_user", UNSET)
        if notify_autossl_expiry_coverage_user.__class__ is not int:
            notify_autossl_expiry_coverage_user = read_value(
                notify_autossl_expiry_coverage_user, "notify_autossl_expiry_coverage_user", "integer", False
            )

        notify_autossl_expiry_user = d.pop("notify_autossl_expiry_user", UNSET)
        if notify_autossl_expiry_user.__class__ is not int:
            notify_autossl_expiry_user = read_value(
                notify_autossl_expiry_user, "notify_autossl_expiry_user", "integer", False
            )

        notify_autossl_renewal = d.pop("notify_autossl_renewal", UNSET)
        if notify_autossl_renewal.__class__ is not int:
            notify_autossl_renewal = read_value(notify_autossl_renewal, "notify_autossl_renewal", "integer", False)

        notify_autossl_renewal_coverage = d.pop("notify_autossl_renewal_coverage", UNSET)
        if notify_autossl_renewal_coverage.__class__ is not int:
            notify_autossl_renewal_coverage = read_value(
                notify_autossl_renewal_coverage, "notify_autossl_renewal_coverage", "integer", False
            )

        notify_autossl_renewal_coverage_reduced = d.pop("notify_autossl_renewal_coverage_reduced", UNSET)
        if notify_autossl_renewal_coverage_reduced.__class__ is not int:
            notify_autossl_renewal_coverage_reduced = read_value(
                notify_autossl_renewal_coverage_reduced, "notify_autossl_renewal_coverage_reduced", "integer", False
            )

        notify_autossl_renewal_coverage_reduced_user = d.pop("notify_autossl_renewal_coverage_reduced_user", UNSET)
        if notify_autossl_renewal_coverage_reduced_user.__class__ is not int:
            notify_autossl_renewal_coverage_reduced_user = read_value(
                notify_autossl_renewal_coverage_reduced_user,
                "notify_autossl_renewal_coverage_reduced_user",
                "integer",
                False,
            )

        notify_autossl_renewal_coverage_user = d.pop("notify_autossl_renewal_coverage_user", UNSET)
        if notify_autossl_renewal_coverage_user.__class__ is not int:
            notify_autossl_renewal_coverage_user = read_value(
                notify_autossl_renewal_coverage_user, "notify_autossl_renewal_coverage_user", "integer", False
            )

        notify_autossl_renewal_uncovered_domains = d.pop("notify_autossl_renewal_uncovered_domains", UNSET)
        if notify_autossl_renewal_uncovered_domains.__class__ is not int:
            notify_autossl_renewal_uncovered_domains = read_value(
                notify_autossl_renewal_uncovered_domains, "notify_autossl_renewal_uncovered_domains", "integer", False
            )

        notify_autossl_renewal_uncovered_domains_user = d.pop("notify_autossl_renewal_uncovered_domains_user", UNSET)
        if notify_autossl_renewal_uncovered_domains_user.__class__ is not int:
            notify_autossl_renewal_uncovered_domains_user = read_value(
                notify_autossl_renewal_uncovered_domains_user,
                "notify_autossl_renewal_uncovered_domains_user",
                "integer",
                False,
            )

        notify_autossl_renewal_user = d.pop("notify_autossl_renewal_user", UNSET)
        if notify_autossl_renewal_user.__class__ is not int:
            notify_autossl_renewal_user = read_value(
                notify_autossl_renewal_user, "notify_autossl_renewal_user", "integer", False
            )

        get_autossl_metadata_data_payload = _new_instance(cls)
        get_autossl_metadata_data_payload.clobber_externally_signed = clobber_externally_signed
        get_autossl_metadata_data_payload.notify_autossl_expiry = notify_autossl_expiry
        get_autossl_metadata_data_payload.notify_autossl_expiry_coverage = notify_autossl_expiry_coverage
        get_autossl_metadata_data_payload.notify_autossl_expiry_coverage_user = notify_autossl_expiry_coverage_user
        get_autossl_metadata_data_payload.notify_autossl_expiry_user = notify_autossl_expiry_user
        get_autossl_metadata_data_payload.notify_autossl_renewal = notify_autossl_renewal
        get_autossl_metadata_data_payload.notify_autossl_renewal_coverage = notify_autossl_renewal_coverage
        get_autossl_metadata_data_payload.notify_autossl_renewal_coverage_reduced = (
            notify_autossl_renewal_coverage_reduced
        )
        get_autossl_metadata_data_payload.notify_autossl_renewal_coverage_reduced_user = (
            notify_autossl_renewal_coverage_reduced_user
        )
        get_autossl_metadata_data_payload.notify_autossl_renewal_coverage_user = notify_autossl_renewal_coverage_user
        get_autossl_metadata_data_payload.notify_autossl_renewal_uncovered_domains = (
            notify_autossl_renewal_uncovered_domains
        )
        get_autossl_metadata_data_payload.notify_autossl_renewal_uncovered_domains_user = (
            notify_autossl_renewal_uncovered_domains_user
        )
        get_autossl_metadata_data_payload.notify_autossl_renewal_user = notify_autossl_renewal_user

        get_autossl_metadata_data_payload.additional_properties = dict(d) if d else {}
        return get_autossl_metadata_data_payload

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
