# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.reset_service_ssl_certificate_data_certificate_info import (
        ResetServiceSslCertificateDataCertificateInfo,
    )


T = TypeVar("T", bound="ResetServiceSslCertificateData")


@_attrs_define
class ResetServiceSslCertificateData:
    """
    Attributes:
        certificate (str | Unset):
        certificate_info (ResetServiceSslCertificateDataCertificateInfo | Unset):
        service (str | Unset):
    """

    certificate: str | Unset = UNSET
    certificate_info: ResetServiceSslCertificateDataCertificateInfo | Unset = UNSET
    service: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        certificate = self.certificate

        certificate_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.certificate_info, Unset):
            certificate_info = self.certificate_info.to_dict()

        service = self.service

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if certificate is not UNSET:
            field_dict["certificate"] = certificate
        if certificate_info is not UNSET:
            field_dict["certificate_info"] = certificate_info
        if service is not UNSET:
            field_dict["service"] = service

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        certificate = d.pop("certificate", UNSET)
        if certificate is None:
            certificate = UNSET
        if not isinstance(certificate, (str, Unset)):
            raise TypeError(f"field certificate: expected string, got {type(certificate).__name__}")

        _certificate_info = d.pop("certificate_info", UNSET)
        certificate_info: ResetServiceSslCertificateDataCertificateInfo | Unset
        if _certificate_info is None or isinstance(_certificate_info, Unset):  # null reads as UNSET
            certificate_info = UNSET
        else:
            if not isinstance(_certificate_info, dict):
                raise TypeError(f"field certificate_info: expected object, got {type(_certificate_info).__name__}")
            certificate_info = ResetServiceSslCertificateDataCertificateInfo.from_dict(_certificate_info)

        service = d.pop("service", UNSET)
        if service is None:
            service = UNSET
        if not isinstance(service, (str, Unset)):
            raise TypeError(f"field service: expected string, got {type(service).__name__}")

        reset_service_ssl_certificate_data = cls(
            certificate=certificate,
            certificate_info=certificate_info,
            service=service,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        reset_service_ssl_certificate_data.additional_properties = additional_properties
        return reset_service_ssl_certificate_data

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


from ..models.reset_service_ssl_certificate_data_certificate_info import ResetServiceSslCertificateDataCertificateInfo  # noqa: E402
