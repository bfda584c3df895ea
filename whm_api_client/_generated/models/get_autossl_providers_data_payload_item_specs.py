# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_items, read_list, read_value

T = TypeVar("T", bound="GetAutosslProvidersDataPayloadItemSpecs")
_new_instance = object.__new__


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
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
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

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        average_delivery_time = d.pop("AVERAGE_DELIVERY_TIME", UNSET)
        if average_delivery_time.__class__ is not int:
            average_delivery_time = read_value(average_delivery_time, "AVERAGE_DELIVERY_TIME", "integer", False)

        _dcv_methods = d.pop("DCV_METHODS", UNSET)
        if _dcv_methods.__class__ is not list:
            _dcv_methods = read_list(_dcv_methods, "DCV_METHODS", False)
        dcv_methods: list[str] | Unset = UNSET
        if _dcv_methods is not UNSET:
            dcv_methods = _dcv_methods
            for _item in _dcv_methods:
                if _item.__class__ is not str:
                    dcv_methods = read_items(_dcv_methods, "DCV_METHODS_item", "string")
                    break

        delivery_method = d.pop("DELIVERY_METHOD", UNSET)
        if delivery_method.__class__ is not str:
            delivery_method = read_value(delivery_method, "DELIVERY_METHOD", "string", False)

        http_dcv_max_redirects = d.pop("HTTP_DCV_MAX_REDIRECTS", UNSET)
        if http_dcv_max_redirects.__class__ is not int:
            http_dcv_max_redirects = read_value(http_dcv_max_redirects, "HTTP_DCV_MAX_REDIRECTS", "integer", False)

        max_domains_per_certificate = d.pop("MAX_DOMAINS_PER_CERTIFICATE", UNSET)
        if max_domains_per_certificate.__class__ is not int:
            max_domains_per_certificate = read_value(
                max_domains_per_certificate, "MAX_DOMAINS_PER_CERTIFICATE", "integer", False
            )

        rate_limit_certificates_per_registered_domain_per_week = d.pop(
            "RATE_LIMIT_CERTIFICATES_PER_REGISTERED_DOMAIN_PER_WEEK", UNSET
        )
        if rate_limit_certificates_per_registered_domain_per_week.__class__ is not int:
            rate_limit_certificates_per_registered_domain_per_week = read_value(
                rate_limit_certificates_per_registered_domain_per_week,
                "RATE_LIMIT_CERTIFICATES_PER_REGISTERED_DOMAIN_PER_WEEK",
                "integer",
                False,
            )

        supports_ancestor_dcv = d.pop("SUPPORTS_ANCESTOR_DCV", UNSET)
        if supports_ancestor_dcv.__class__ is not int:
            supports_ancestor_dcv = read_value(supports_ancestor_dcv, "SUPPORTS_ANCESTOR_DCV", "integer", False)

        supports_wildcard = d.pop("SUPPORTS_WILDCARD", UNSET)
        if supports_wildcard.__class__ is not int:
            supports_wildcard = read_value(supports_wildcard, "SUPPORTS_WILDCARD", "integer", False)

        validity_period = d.pop("VALIDITY_PERIOD", UNSET)
        if validity_period.__class__ is not int:
            validity_period = read_value(validity_period, "VALIDITY_PERIOD", "integer", False)

        get_autossl_providers_data_payload_item_specs = _new_instance(cls)
        get_autossl_providers_data_payload_item_specs.average_delivery_time = average_delivery_time
        get_autossl_providers_data_payload_item_specs.dcv_methods = dcv_methods
        get_autossl_providers_data_payload_item_specs.delivery_method = delivery_method
        get_autossl_providers_data_payload_item_specs.http_dcv_max_redirects = http_dcv_max_redirects
        get_autossl_providers_data_payload_item_specs.max_domains_per_certificate = max_domains_per_certificate
        get_autossl_providers_data_payload_item_specs.rate_limit_certificates_per_registered_domain_per_week = (
            rate_limit_certificates_per_registered_domain_per_week
        )
        get_autossl_providers_data_payload_item_specs.supports_ancestor_dcv = supports_ancestor_dcv
        get_autossl_providers_data_payload_item_specs.supports_wildcard = supports_wildcard
        get_autossl_providers_data_payload_item_specs.validity_period = validity_period

        get_autossl_providers_data_payload_item_specs.additional_properties = dict(d) if d else {}
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
