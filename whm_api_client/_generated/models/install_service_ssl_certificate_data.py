# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_object, read_value

if TYPE_CHECKING:
    from ..models.install_service_ssl_certificate_data_certificate_info import (
        InstallServiceSslCertificateDataCertificateInfo,
    )


T = TypeVar("T", bound="InstallServiceSslCertificateData")
_new_instance = object.__new__


@_attrs_define
class InstallServiceSslCertificateData:
    """
    Attributes:
        certificate (str | Unset):
        certificate_info (InstallServiceSslCertificateDataCertificateInfo | Unset):
        service (str | Unset):
        service_description (str | Unset):
    """

    certificate: str | Unset = UNSET
    certificate_info: InstallServiceSslCertificateDataCertificateInfo | Unset = UNSET
    service: str | Unset = UNSET
    service_description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        certificate = self.certificate

        certificate_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.certificate_info, Unset):
            certificate_info = self.certificate_info.to_dict()

        service = self.service

        service_description = self.service_description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if certificate is not UNSET:
            field_dict["certificate"] = certificate
        if certificate_info is not UNSET:
            field_dict["certificate_info"] = certificate_info
        if service is not UNSET:
            field_dict["service"] = service
        if service_description is not UNSET:
            field_dict["service_description"] = service_description

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        certificate = d.pop("certificate", UNSET)
        if certificate.__class__ is not str:
            certificate = read_value(certificate, "certificate", "string", False)

        _certificate_info = d.pop("certificate_info", UNSET)
        certificate_info: InstallServiceSslCertificateDataCertificateInfo | Unset
        if _certificate_info.__class__ is not dict:
            _certificate_info = read_object(_certificate_info, "certificate_info", False)
        certificate_info = (
            UNSET
            if _certificate_info is UNSET
            else InstallServiceSslCertificateDataCertificateInfo.from_dict(_certificate_info)
        )

        service = d.pop("service", UNSET)
        if service.__class__ is not str:
            service = read_value(service, "service", "string", False)

        service_description = d.pop("service_description", UNSET)
        if service_description.__class__ is not str:
            service_description = read_value(service_description, "service_description", "string", False)

        install_service_ssl_certificate_data = _new_instance(cls)
        install_service_ssl_certificate_data.certificate = certificate
        install_service_ssl_certificate_data.certificate_info = certificate_info
        install_service_ssl_certificate_data.service = service
        install_service_ssl_certificate_data.service_description = service_description

        install_service_ssl_certificate_data.additional_properties = dict(d) if d else {}
        return install_service_ssl_certificate_data

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


from ..models.install_service_ssl_certificate_data_certificate_info import (
    InstallServiceSslCertificateDataCertificateInfo,  # noqa: E402
)
