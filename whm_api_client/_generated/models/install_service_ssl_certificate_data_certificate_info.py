# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="InstallServiceSslCertificateDataCertificateInfo")


@_attrs_define
class InstallServiceSslCertificateDataCertificateInfo:
    """
    Attributes:
        domains (list[str] | Unset):
        ecdsa_curve_name (None | str | Unset):
        ecdsa_public (None | str | Unset):
        is_self_signed (int | Unset):
        issuer_common_name (None | str | Unset):
        issuer_organization_name (str | Unset):
        issuer_text (str | Unset):
        key_algorithm (str | Unset):
        modulus (None | str | Unset):
        modulus_length (int | Unset):
        not_after (int | Unset):
        not_before (int | Unset):
        signature_algorithm (str | Unset):
        validation_type (None | str | Unset):
    """

    domains: list[str] | Unset = UNSET
    ecdsa_curve_name: None | str | Unset = UNSET
    ecdsa_public: None | str | Unset = UNSET
    is_self_signed: int | Unset = UNSET
    issuer_common_name: None | str | Unset = UNSET
    issuer_organization_name: str | Unset = UNSET
    issuer_text: str | Unset = UNSET
    key_algorithm: str | Unset = UNSET
    modulus: None | str | Unset = UNSET
    modulus_length: int | Unset = UNSET
    not_after: int | Unset = UNSET
    not_before: int | Unset = UNSET
    signature_algorithm: str | Unset = UNSET
    validation_type: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

        issuer_common_name: None | str | Unset
        if isinstance(self.issuer_common_name, Unset):
            issuer_common_name = UNSET
        else:
            issuer_common_name = self.issuer_common_name

        issuer_organization_name = self.issuer_organization_name

        issuer_text = self.issuer_text

        key_algorithm = self.key_algorithm

        modulus: None | str | Unset
        if isinstance(self.modulus, Unset):
            modulus = UNSET
        else:
            modulus = self.modulus

        modulus_length = self.modulus_length

        not_after = self.not_after

        not_before = self.not_before

        signature_algorithm = self.signature_algorithm

        validation_type: None | str | Unset
        if isinstance(self.validation_type, Unset):
            validation_type = UNSET
        else:
            validation_type = self.validation_type

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
        if signature_algorithm is not UNSET:
            field_dict["signature_algorithm"] = signature_algorithm
        if validation_type is not UNSET:
            field_dict["validation_type"] = validation_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _domains = d.pop("domains", UNSET)
        domains: list[str] | Unset = UNSET
        if _domains is not None and not isinstance(_domains, Unset):  # null reads as UNSET
            if not isinstance(_domains, list):
                raise TypeError(f"field domains: expected array, got {type(_domains).__name__}")
            domains = []
            for domains_item_data in _domains:
                domains_item = domains_item_data
                if not isinstance(domains_item, (str,)):
                    raise TypeError(f"field domains_item: expected string, got {type(domains_item).__name__}")

                domains.append(domains_item)

        def _parse_ecdsa_curve_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                ecdsa_curve_name_type_0 = data
                if not isinstance(ecdsa_curve_name_type_0, (str,)):
                    raise TypeError(
                        f"field ecdsa_curve_name_type_0: expected string, got {type(ecdsa_curve_name_type_0).__name__}"
                    )

                return ecdsa_curve_name_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            ecdsa_curve_name_type_1 = data
            if ecdsa_curve_name_type_1 is not None:
                raise TypeError(
                    f"field ecdsa_curve_name_type_1: expected null, got {type(ecdsa_curve_name_type_1).__name__}"
                )

            return ecdsa_curve_name_type_1

        ecdsa_curve_name = _parse_ecdsa_curve_name(d.pop("ecdsa_curve_name", UNSET))

        def _parse_ecdsa_public(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                ecdsa_public_type_0 = data
                if not isinstance(ecdsa_public_type_0, (str,)):
                    raise TypeError(
                        f"field ecdsa_public_type_0: expected string, got {type(ecdsa_public_type_0).__name__}"
                    )

                return ecdsa_public_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            ecdsa_public_type_1 = data
            if ecdsa_public_type_1 is not None:
                raise TypeError(f"field ecdsa_public_type_1: expected null, got {type(ecdsa_public_type_1).__name__}")

            return ecdsa_public_type_1

        ecdsa_public = _parse_ecdsa_public(d.pop("ecdsa_public", UNSET))

        is_self_signed = d.pop("is_self_signed", UNSET)
        if is_self_signed is None:
            is_self_signed = UNSET
        if not isinstance(is_self_signed, (int, Unset)):
            raise TypeError(f"field is_self_signed: expected integer, got {type(is_self_signed).__name__}")

        def _parse_issuer_common_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                issuer_common_name_type_0 = data
                if not isinstance(issuer_common_name_type_0, (str,)):
                    raise TypeError(
                        f"field issuer.commonName_type_0: expected string, got {type(issuer_common_name_type_0).__name__}"
                    )

                return issuer_common_name_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            issuer_common_name_type_1 = data
            if issuer_common_name_type_1 is not None:
                raise TypeError(
                    f"field issuer.commonName_type_1: expected null, got {type(issuer_common_name_type_1).__name__}"
                )

            return issuer_common_name_type_1

        issuer_common_name = _parse_issuer_common_name(d.pop("issuer.commonName", UNSET))

        issuer_organization_name = d.pop("issuer.organizationName", UNSET)
        if issuer_organization_name is None:
            issuer_organization_name = UNSET
        if not isinstance(issuer_organization_name, (str, Unset)):
            raise TypeError(
                f"field issuer.organizationName: expected string, got {type(issuer_organization_name).__name__}"
            )

        issuer_text = d.pop("issuer_text", UNSET)
        if issuer_text is None:
            issuer_text = UNSET
        if not isinstance(issuer_text, (str, Unset)):
            raise TypeError(f"field issuer_text: expected string, got {type(issuer_text).__name__}")

        key_algorithm = d.pop("key_algorithm", UNSET)
        if key_algorithm is None:
            key_algorithm = UNSET
        if not isinstance(key_algorithm, (str, Unset)):
            raise TypeError(f"field key_algorithm: expected string, got {type(key_algorithm).__name__}")

        def _parse_modulus(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                modulus_type_0 = data
                if not isinstance(modulus_type_0, (str,)):
                    raise TypeError(f"field modulus_type_0: expected string, got {type(modulus_type_0).__name__}")

                return modulus_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            modulus_type_1 = data
            if modulus_type_1 is not None:
                raise TypeError(f"field modulus_type_1: expected null, got {type(modulus_type_1).__name__}")

            return modulus_type_1

        modulus = _parse_modulus(d.pop("modulus", UNSET))

        modulus_length = d.pop("modulus_length", UNSET)
        if modulus_length is None:
            modulus_length = UNSET
        if not isinstance(modulus_length, (int, Unset)):
            raise TypeError(f"field modulus_length: expected integer, got {type(modulus_length).__name__}")

        not_after = d.pop("not_after", UNSET)
        if not_after is None:
            not_after = UNSET
        if not isinstance(not_after, (int, Unset)):
            raise TypeError(f"field not_after: expected integer, got {type(not_after).__name__}")

        not_before = d.pop("not_before", UNSET)
        if not_before is None:
            not_before = UNSET
        if not isinstance(not_before, (int, Unset)):
            raise TypeError(f"field not_before: expected integer, got {type(not_before).__name__}")

        signature_algorithm = d.pop("signature_algorithm", UNSET)
        if signature_algorithm is None:
            signature_algorithm = UNSET
        if not isinstance(signature_algorithm, (str, Unset)):
            raise TypeError(f"field signature_algorithm: expected string, got {type(signature_algorithm).__name__}")

        def _parse_validation_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                validation_type_type_0 = data
                if not isinstance(validation_type_type_0, (str,)):
                    raise TypeError(
                        f"field validation_type_type_0: expected string, got {type(validation_type_type_0).__name__}"
                    )

                return validation_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            validation_type_type_1 = data
            if validation_type_type_1 is not None:
                raise TypeError(
                    f"field validation_type_type_1: expected null, got {type(validation_type_type_1).__name__}"
                )

            return validation_type_type_1

        validation_type = _parse_validation_type(d.pop("validation_type", UNSET))

        install_service_ssl_certificate_data_certificate_info = cls(
            domains=domains,
            ecdsa_curve_name=ecdsa_curve_name,
            ecdsa_public=ecdsa_public,
            is_self_signed=is_self_signed,
            issuer_common_name=issuer_common_name,
            issuer_organization_name=issuer_organization_name,
            issuer_text=issuer_text,
            key_algorithm=key_algorithm,
            modulus=modulus,
            modulus_length=modulus_length,
            not_after=not_after,
            not_before=not_before,
            signature_algorithm=signature_algorithm,
            validation_type=validation_type,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        install_service_ssl_certificate_data_certificate_info.additional_properties = additional_properties
        return install_service_ssl_certificate_data_certificate_info

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
