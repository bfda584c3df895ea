# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_object, read_value

if TYPE_CHECKING:
    from ..models.fetch_service_ssl_components_data_services_item_certificate_info import (
        FetchServiceSslComponentsDataServicesItemCertificateInfo,
    )


T = TypeVar("T", bound="FetchServiceSslComponentsDataServicesItem")
_new_instance = object.__new__


@_attrs_define
class FetchServiceSslComponentsDataServicesItem:
    """
    Attributes:
        cabundle (str | Unset):
        certificate (str | Unset):
        certificate_info (FetchServiceSslComponentsDataServicesItemCertificateInfo | Unset):
        key (str | Unset):
        service (str | Unset):
    """

    cabundle: str | Unset = UNSET
    certificate: str | Unset = UNSET
    certificate_info: FetchServiceSslComponentsDataServicesItemCertificateInfo | Unset = UNSET
    key: str | Unset = UNSET
    service: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        cabundle = self.cabundle

        certificate = self.certificate

        certificate_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.certificate_info, Unset):
            certificate_info = self.certificate_info.to_dict()

        key = self.key

        service = self.service

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cabundle is not UNSET:
            field_dict["cabundle"] = cabundle
        if certificate is not UNSET:
            field_dict["certificate"] = certificate
        if certificate_info is not UNSET:
            field_dict["certificate_info"] = certificate_info
        if key is not UNSET:
            field_dict["key"] = key
        if service is not UNSET:
            field_dict["service"] = service

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cabundle = d.pop("cabundle", UNSET)
        if cabundle.__class__ is not str:
            cabundle = read_value(cabundle, "cabundle", "string", False)

        certificate = d.pop("certificate", UNSET)
        if certificate.__class__ is not str:
            certificate = read_value(certificate, "certificate", "string", False)

        _certificate_info = d.pop("certificate_info", UNSET)
        certificate_info: FetchServiceSslComponentsDataServicesItemCertificateInfo | Unset
        if _certificate_info.__class__ is not dict:
            _certificate_info = read_object(_certificate_info, "certificate_info", False)
        certificate_info = (
            UNSET
            if _certificate_info is UNSET
            else FetchServiceSslComponentsDataServicesItemCertificateInfo.from_dict(_certificate_info)
        )

        key = d.pop("key", UNSET)
        if key.__class__ is not str:
            key = read_value(key, "key", "string", False)

        service = d.pop("service", UNSET)
        if service.__class__ is not str:
            service = read_value(service, "service", "string", False)

        fetch_service_ssl_components_data_services_item = _new_instance(cls)
        fetch_service_ssl_components_data_services_item.cabundle = cabundle
        fetch_service_ssl_components_data_services_item.certificate = certificate
        fetch_service_ssl_components_data_services_item.certificate_info = certificate_info
        fetch_service_ssl_components_data_services_item.key = key
        fetch_service_ssl_components_data_services_item.service = service

        fetch_service_ssl_components_data_services_item.additional_properties = dict(d) if d else {}
        return fetch_service_ssl_components_data_services_item

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


from ..models.fetch_service_ssl_components_data_services_item_certificate_info import (
    FetchServiceSslComponentsDataServicesItemCertificateInfo,  # noqa: E402
)
