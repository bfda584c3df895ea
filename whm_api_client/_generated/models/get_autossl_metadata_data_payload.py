# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetAutosslMetadataDataPayload")


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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        clobber_externally_signed = d.pop("clobber_externally_signed", UNSET)
        if clobber_externally_signed is None:
            clobber_externally_signed = UNSET
        if not isinstance(clobber_externally_signed, (int, Unset)):
            raise TypeError(
                f"field clobber_externally_signed: expected integer, got {type(clobber_externally_signed).__name__}"
            )

        notify_autossl_expiry = d.pop("notify_autossl_expiry", UNSET)
        if notify_autossl_expiry is None:
            notify_autossl_expiry = UNSET
        if not isinstance(notify_autossl_expiry, (int, Unset)):
            raise TypeError(
                f"field notify_autossl_expiry: expected integer, got {type(notify_autossl_expiry).__name__}"
            )

        notify_autossl_expiry_coverage = d.pop("notify_autossl_expiry_coverage", UNSET)
        if notify_autossl_expiry_coverage is None:
            notify_autossl_expiry_coverage = UNSET
        if not isinstance(notify_autossl_expiry_coverage, (int, Unset)):
            raise TypeError(
                f"field notify_autossl_expiry_coverage: expected integer, got {type(notify_autossl_expiry_coverage).__name__}"
            )

        notify_autossl_expiry_coverage_user = d.pop("notify_autossl_expiry_coverage_user", UNSET)
        if notify_autossl_expiry_coverage_user is None:
            notify_autossl_expiry_coverage_user = UNSET
        if not isinstance(notify_autossl_expiry_coverage_user, (int, Unset)):
            raise TypeError(
                f"field notify_autossl_expiry_coverage_user: expected integer, got {type(notify_autossl_expiry_coverage_user).__name__}"
            )

        notify_autossl_expiry_user = d.pop("notify_autossl_expiry_user", UNSET)
        if notify_autossl_expiry_user is None:
            notify_autossl_expiry_user = UNSET
        if not isinstance(notify_autossl_expiry_user, (int, Unset)):
            raise TypeError(
                f"field notify_autossl_expiry_user: expected integer, got {type(notify_autossl_expiry_user).__name__}"
            )

        notify_autossl_renewal = d.pop("notify_autossl_renewal", UNSET)
        if notify_autossl_renewal is None:
            notify_autossl_renewal = UNSET
        if not isinstance(notify_autossl_renewal, (int, Unset)):
            raise TypeError(
                f"field notify_autossl_renewal: expected integer, got {type(notify_autossl_renewal).__name__}"
            )

        notify_autossl_renewal_coverage = d.pop("notify_autossl_renewal_coverage", UNSET)
        if notify_autossl_renewal_coverage is None:
            notify_autossl_renewal_coverage = UNSET
        if not isinstance(notify_autossl_renewal_coverage, (int, Unset)):
            raise TypeError(
                f"field notify_autossl_renewal_coverage: expected integer, got {type(notify_autossl_renewal_coverage).__name__}"
            )

        notify_autossl_renewal_coverage_reduced = d.pop("notify_autossl_renewal_coverage_reduced", UNSET)
        if notify_autossl_renewal_coverage_reduced is None:
            notify_autossl_renewal_coverage_reduced = UNSET
        if not isinstance(notify_autossl_renewal_coverage_reduced, (int, Unset)):
            raise TypeError(
                f"field notify_autossl_renewal_coverage_reduced: expected integer, got {type(notify_autossl_renewal_coverage_reduced).__name__}"
            )

        notify_autossl_renewal_coverage_reduced_user = d.pop("notify_autossl_renewal_coverage_reduced_user", UNSET)
        if notify_autossl_renewal_coverage_reduced_user is None:
            notify_autossl_renewal_coverage_reduced_user = UNSET
        if not isinstance(notify_autossl_renewal_coverage_reduced_user, (int, Unset)):
            raise TypeError(
                f"field notify_autossl_renewal_coverage_reduced_user: expected integer, got {type(notify_autossl_renewal_coverage_reduced_user).__name__}"
            )

        notify_autossl_renewal_coverage_user = d.pop("notify_autossl_renewal_coverage_user", UNSET)
        if notify_autossl_renewal_coverage_user is None:
            notify_autossl_renewal_coverage_user = UNSET
        if not isinstance(notify_autossl_renewal_coverage_user, (int, Unset)):
            raise TypeError(
                f"field notify_autossl_renewal_coverage_user: expected integer, got {type(notify_autossl_renewal_coverage_user).__name__}"
            )

        notify_autossl_renewal_uncovered_domains = d.pop("notify_autossl_renewal_uncovered_domains", UNSET)
        if notify_autossl_renewal_uncovered_domains is None:
            notify_autossl_renewal_uncovered_domains = UNSET
        if not isinstance(notify_autossl_renewal_uncovered_domains, (int, Unset)):
            raise TypeError(
                f"field notify_autossl_renewal_uncovered_domains: expected integer, got {type(notify_autossl_renewal_uncovered_domains).__name__}"
            )

        notify_autossl_renewal_uncovered_domains_user = d.pop("notify_autossl_renewal_uncovered_domains_user", UNSET)
        if notify_autossl_renewal_uncovered_domains_user is None:
            notify_autossl_renewal_uncovered_domains_user = UNSET
        if not isinstance(notify_autossl_renewal_uncovered_domains_user, (int, Unset)):
            raise TypeError(
                f"field notify_autossl_renewal_uncovered_domains_user: expected integer, got {type(notify_autossl_renewal_uncovered_domains_user).__name__}"
            )

        notify_autossl_renewal_user = d.pop("notify_autossl_renewal_user", UNSET)
        if notify_autossl_renewal_user is None:
            notify_autossl_renewal_user = UNSET
        if not isinstance(notify_autossl_renewal_user, (int, Unset)):
            raise TypeError(
                f"field notify_autossl_renewal_user: expected integer, got {type(notify_autossl_renewal_user).__name__}"
            )

        get_autossl_metadata_data_payload = cls(
            clobber_externally_signed=clobber_externally_signed,
            notify_autossl_expiry=notify_autossl_expiry,
            notify_autossl_expiry_coverage=notify_autossl_expiry_coverage,
            notify_autossl_expiry_coverage_user=notify_autossl_expiry_coverage_user,
            notify_autossl_expiry_user=notify_autossl_expiry_user,
            notify_autossl_renewal=notify_autossl_renewal,
            notify_autossl_renewal_coverage=notify_autossl_renewal_coverage,
            notify_autossl_renewal_coverage_reduced=notify_autossl_renewal_coverage_reduced,
            notify_autossl_renewal_coverage_reduced_user=notify_autossl_renewal_coverage_reduced_user,
            notify_autossl_renewal_coverage_user=notify_autossl_renewal_coverage_user,
            notify_autossl_renewal_uncovered_domains=notify_autossl_renewal_uncovered_domains,
            notify_autossl_renewal_uncovered_domains_user=notify_autossl_renewal_uncovered_domains_user,
            notify_autossl_renewal_user=notify_autossl_renewal_user,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        get_autossl_metadata_data_payload.additional_properties = additional_properties
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
