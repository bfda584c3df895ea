# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetAutosslProvidersDataPayloadItemSpecs")


@_attrs_define
class GetAutosslProvidersDataPayloadItemSpecs:
    """
    Attributes:
        average_delivery_time (int | Unset):
        dcv_methods (list[str] | Unset):
        delivery_method (str | Unset):
        http_dcv_max_redirects (int | Unset):
        max_domains_per_certificate (int | Unset):
        rate_limit_certificates_per_registered_domain_per_week (int | Unset):
        supports_ancestor_dcv (int | Unset):
        supports_wildcard (int | Unset):
        validity_period (int | Unset):
    """

    average_delivery_time: int | Unset = UNSET
    dcv_methods: list[str] | Unset = UNSET
    delivery_method: str | Unset = UNSET
    http_dcv_max_redirects: int | Unset = UNSET
    max_domains_per_certificate: int | Unset = UNSET
    rate_limit_certificates_per_registered_domain_per_week: int | Unset = UNSET
    supports_ancestor_dcv: int | Unset = UNSET
    supports_wildcard: int | Unset = UNSET
    validity_period: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        average_delivery_time = self.average_delivery_time

        dcv_methods: list[str] | Unset = UNSET
        if not isinstance(self.dcv_methods, Unset):
            dcv_methods = self.dcv_methods

        delivery_method = self.delivery_method

        http_dcv_max_redirects = self.http_dcv_max_redirects

        max_domains_per_certificate = self.max_domains_per_certificate

        rate_limit_certificates_per_registered_domain_per_week = (
            self.rate_limit_certificates_per_registered_domain_per_week
        )

        supports_ancestor_dcv = self.supports_ancestor_dcv

        supports_wildcard = self.supports_wildcard

        validity_period = self.validity_period

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if average_delivery_time is not UNSET:
            field_dict["AVERAGE_DELIVERY_TIME"] = average_delivery_time
        if dcv_methods is not UNSET:
            field_dict["DCV_METHODS"] = dcv_methods
        if delivery_method is not UNSET:
            field_dict["DELIVERY_METHOD"] = delivery_method
        if http_dcv_max_redirects is not UNSET:
            field_dict["HTTP_DCV_MAX_REDIRECTS"] = http_dcv_max_redirects
        if max_domains_per_certificate is not UNSET:
            field_dict["MAX_DOMAINS_PER_CERTIFICATE"] = max_domains_per_certificate
        if rate_limit_certificates_per_registered_domain_per_week is not UNSET:
            field_dict["RATE_LIMIT_CERTIFICATES_PER_REGISTERED_DOMAIN_PER_WEEK"] = (
                rate_limit_certificates_per_registered_domain_per_week
            )
        if supports_ancestor_dcv is not UNSET:
            field_dict["SUPPORTS_ANCESTOR_DCV"] = supports_ancestor_dcv
        if supports_wildcard is not UNSET:
            field_dict["SUPPORTS_WILDCARD"] = supports_wildcard
        if validity_period is not UNSET:
            field_dict["VALIDITY_PERIOD"] = validity_period

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        average_delivery_time = d.pop("AVERAGE_DELIVERY_TIME", UNSET)
        if average_delivery_time is None:
            average_delivery_time = UNSET
        if not isinstance(average_delivery_time, (int, Unset)):
            raise TypeError(
                f"field AVERAGE_DELIVERY_TIME: expected integer, got {type(average_delivery_time).__name__}"
            )

        _dcv_methods = d.pop("DCV_METHODS", UNSET)
        dcv_methods: list[str] | Unset = UNSET
        if _dcv_methods is not None and not isinstance(_dcv_methods, Unset):  # null reads as UNSET
            if not isinstance(_dcv_methods, list):
                raise TypeError(f"field DCV_METHODS: expected array, got {type(_dcv_methods).__name__}")
            dcv_methods = []
            for dcv_methods_item_data in _dcv_methods:
                dcv_methods_item = dcv_methods_item_data
                if not isinstance(dcv_methods_item, (str,)):
                    raise TypeError(f"field DCV_METHODS_item: expected string, got {type(dcv_methods_item).__name__}")

                dcv_methods.append(dcv_methods_item)

        delivery_method = d.pop("DELIVERY_METHOD", UNSET)
        if delivery_method is None:
            delivery_method = UNSET
        if not isinstance(delivery_method, (str, Unset)):
            raise TypeError(f"field DELIVERY_METHOD: expected string, got {type(delivery_method).__name__}")

        http_dcv_max_redirects = d.pop("HTTP_DCV_MAX_REDIRECTS", UNSET)
        if http_dcv_max_redirects is None:
            http_dcv_max_redirects = UNSET
        if not isinstance(http_dcv_max_redirects, (int, Unset)):
            raise TypeError(
                f"field HTTP_DCV_MAX_REDIRECTS: expected integer, got {type(http_dcv_max_redirects).__name__}"
            )

        max_domains_per_certificate = d.pop("MAX_DOMAINS_PER_CERTIFICATE", UNSET)
        if max_domains_per_certificate is None:
            max_domains_per_certificate = UNSET
        if not isinstance(max_domains_per_certificate, (int, Unset)):
            raise TypeError(
                f"field MAX_DOMAINS_PER_CERTIFICATE: expected integer, got {type(max_domains_per_certificate).__name__}"
            )

        rate_limit_certificates_per_registered_domain_per_week = d.pop(
            "RATE_LIMIT_CERTIFICATES_PER_REGISTERED_DOMAIN_PER_WEEK", UNSET
        )
        if rate_limit_certificates_per_registered_domain_per_week is None:
            rate_limit_certificates_per_registered_domain_per_week = UNSET
        if not isinstance(rate_limit_certificates_per_registered_domain_per_week, (int, Unset)):
            raise TypeError(
                f"field RATE_LIMIT_CERTIFICATES_PER_REGISTERED_DOMAIN_PER_WEEK: expected integer, got {type(rate_limit_certificates_per_registered_domain_per_week).__name__}"
            )

        supports_ancestor_dcv = d.pop("SUPPORTS_ANCESTOR_DCV", UNSET)
        if supports_ancestor_dcv is None:
            supports_ancestor_dcv = UNSET
        if not isinstance(supports_ancestor_dcv, (int, Unset)):
            raise TypeError(
                f"field SUPPORTS_ANCESTOR_DCV: expected integer, got {type(supports_ancestor_dcv).__name__}"
            )

        supports_wildcard = d.pop("SUPPORTS_WILDCARD", UNSET)
        if supports_wildcard is None:
            supports_wildcard = UNSET
        if not isinstance(supports_wildcard, (int, Unset)):
            raise TypeError(f"field SUPPORTS_WILDCARD: expected integer, got {type(supports_wildcard).__name__}")

        validity_period = d.pop("VALIDITY_PERIOD", UNSET)
        if validity_period is None:
            validity_period = UNSET
        if not isinstance(validity_period, (int, Unset)):
            raise TypeError(f"field VALIDITY_PERIOD: expected integer, got {type(validity_period).__name__}")

        get_autossl_providers_data_payload_item_specs = cls(
            average_delivery_time=average_delivery_time,
            dcv_methods=dcv_methods,
            delivery_method=delivery_method,
            http_dcv_max_redirects=http_dcv_max_redirects,
            max_domains_per_certificate=max_domains_per_certificate,
            rate_limit_certificates_per_registered_domain_per_week=rate_limit_certificates_per_registered_domain_per_week,
            supports_ancestor_dcv=supports_ancestor_dcv,
            supports_wildcard=supports_wildcard,
            validity_period=validity_period,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        get_autossl_providers_data_payload_item_specs.additional_properties = additional_properties
        return get_autossl_providers_data_payload_item_specs

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
