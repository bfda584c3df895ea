# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_items, read_list, read_value

T = TypeVar("T", bound="ResetServiceSslCertificateDataCertificateInfo")
_new_instance = object.__new__


@_attrs_define
class ResetServiceSslCertificateDataCertificateInfo:
    """
    Attributes:
        domains (list[str] | Unset):
        ecdsa_curve_name (None | str | Unset):
        ecdsa_public (None | str | Unset):
        is_self_signed (int | Unset):
        issuer_common_name (str | Unset):
        issuer_organization_name (str | Unset):
        issuer_text (str | Unset):
        key_algorithm (str | Unset):
        modulus (None | str | Unset):
        modulus_length (int | None | Unset):
        not_after (int | Unset):
        not_before (int | Unset):
    """

    domains: list[str] | Unset = UNSET
    ecdsa_curve_name: None | str | Unset = UNSET
    ecdsa_public: None | str | Unset = UNSET
    is_self_signed: int | Unset = UNSET
    issuer_common_name: str | Unset = UNSET
    issuer_organization_name: str | Unset = UNSET
    issuer_text: str | Unset = UNSET
    key_algorithm: str | Unset = UNSET
    modulus: None | str | Unset = UNSET
    modulus_length: int | None | Unset = UNSET
    not_after: int | Unset = UNSET
    not_before: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        domains: list[str] | Unset = UNSET
        if not isinstance(self.domains, Unset):
            domains = self.domains

        ecdsa_curve_name: None | str | Unset
        if isinstance(self.ecdsa_curve_name, Unset):
            ecdsa_curve_name = UNSET
        else:
            ecdsa_curve_name = self.ecdsa_curve_name

        ecdsa_public: None | str | Unset
        if isinstance(self.ecdsa_public, Unset):
            ecdsa_public = UNSET
        else:
            ecdsa_public = self.ecdsa_public

        is_self_signed = self.is_self_signed

        issuer_common_name = self.issuer_common_name

        issuer_organization_name = self.issuer_organization_name

        issuer_text = self.issuer_text

        key_algorithm = self.key_algorithm

        modulus: None | str | Unset
        if isinstance(self.modulus, Unset):
            modulus = UNSET
        else:
            modulus = self.modulus

        modulus_length: int | None | Unset
        if isinstance(self.modulus_length, Unset):
            modulus_length = UNSET
        else:
            modulus_length = self.modulus_length

        not_after = self.not_after

        not_before = self.not_before

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if domains is not UNSET:
            field_dict["domains"] = domains
        if ecdsa_curve_name is not UNSET:
            field_dict["ecdsa_curve_name"] = ecdsa_curve_name
        if ecdsa_public is not UNSET:
            field_dict["ecdsa_public"] = ecdsa_public
        if is_self_signed is not UNSET:
            field_dict["is_self_signed"] = is_self_signed
        if issuer_common_name is not UNSET:
            field_dict["issuer.commonName"] = issuer_common_name
        if issuer_organization_name is not UNSET:
            field_dict["issuer.organizationName"] = issuer_organization_name
        if issuer_text is not UNSET:
            field_dict["issuer_text"] = issuer_text
        if key_algorithm is not UNSET:
            field_dict["key_algorithm"] = key_algorithm
        if modulus is not UNSET:
            field_dict["modulus"] = modulus
        if modulus_length is not UNSET:
            field_dict["modulus_length"] = modulus_length
        if not_after is not UNSET:
            field_dict["not_after"] = not_after
        if not_before is not UNSET:
            field_dict["not_before"] = not_before

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _domains = d.pop("domains", UNSET)
        if _domains.__class__ is not list:
            _domains = read_list(_domains, "domains", False)
        domains: list[str] | Unset = UNSET
        if _domains is not UNSET:
            domains = _domains
            for _item in _domains:
                if _item.__class__ is not str:
                    domains = read_items(_domains, "domains_item", "string")
                    break

        ecdsa_curve_name = d.pop("ecdsa_curve_name", UNSET)
        if ecdsa_curve_name.__class__ is not str and ecdsa_curve_name is not None:
            ecdsa_curve_name = read_value(ecdsa_curve_name, "ecdsa_curve_name", "string", False)

        ecdsa_public = d.pop("ecdsa_public", UNSET)
        if ecdsa_public.__class__ is not str and ecdsa_public is not None:
            ecdsa_public = read_value(ecdsa_public, "ecdsa_public", "string", False)

        is_self_signed = d.pop("is_self_signed", UNSET)
        if is_self_signed.__class__ is not int:
            is_self_signed = read_value(is_self_signed, "is_self_signed", "integer", False)

        issuer_common_name = d.pop("issuer.commonName", UNSET)
        if issuer_common_name.__class__ is not str:
            issuer_common_name = read_value(issuer_common_name, "issuer.commonName", "string", False)

        issuer_organization_name = d.pop("issuer.organizationName", UNSET)
        if issuer_organization_name.__class__ is not str:
            issuer_organization_name = read_value(issuer_organization_name, "issuer.organizationName", "string", False)

        issuer_text = d.pop("issuer_text", UNSET)
        if issuer_text.__class__ is not str:
            issuer_text = read_value(issuer_text, "issuer_text", "string", False)

        key_algorithm = d.pop("key_algorithm", UNSET)
        if key_algorithm.__class__ is not str:
            key_algorithm = read_value(key_algorithm, "key_algorithm", "string", False)

        modulus = d.pop("modulus", UNSET)
        if modulus.__class__ is not str and modulus is not None:
            modulus = read_value(modulus, "modulus", "string", False)

        modulus_length = d.pop("modulus_length", UNSET)
        if modulus_length.__class__ is not int and modulus_length is not None:
            modulus_length = read_value(modulus_length, "modulus_length", "integer", False)

        not_after = d.pop("not_after", UNSET)
        if not_after.__class__ is not int:
            not_after = read_value(not_after, "not_after", "integer", False)

        not_before = d.pop("not_before", UNSET)
        if not_before.__class__ is not int:
            not_before = read_value(not_before, "not_before", "integer", False)

        reset_service_ssl_certificate_data_certificate_info = _new_instance(cls)
        reset_service_ssl_certificate_data_certificate_info.domains = domains
        reset_service_ssl_certificate_data_certificate_info.ecdsa_curve_name = ecdsa_curve_name
        reset_service_ssl_certificate_data_certificate_info.ecdsa_public = ecdsa_public
        reset_service_ssl_certificate_data_certificate_info.is_self_signed = is_self_signed
        reset_service_ssl_certificate_data_certificate_info.issuer_common_name = issuer_common_name
        reset_service_ssl_certificate_data_certificate_info.issuer_organization_name = issuer_organization_name
        reset_service_ssl_certificate_data_certificate_info.issuer_text = issuer_text
        reset_service_ssl_certificate_data_certificate_info.key_algorithm = key_algorithm
        reset_service_ssl_certificate_data_certificate_info.modulus = modulus
        reset_service_ssl_certificate_data_certificate_info.modulus_length = modulus_length
        reset_service_ssl_certificate_data_certificate_info.not_after = not_after
        reset_service_ssl_certificate_data_certificate_info.not_before = not_before

        reset_service_ssl_certificate_data_certificate_info.additional_properties = dict(d) if d else {}
        return reset_service_ssl_certificate_data_certificate_info

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
