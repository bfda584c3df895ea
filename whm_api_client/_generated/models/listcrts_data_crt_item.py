# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ListcrtsDataCrtItem")


@_attrs_define
class ListcrtsDataCrtItem:
    """
    Attributes:
        domain (str | Unset):
        domain_owners (list[str] | Unset):
        domains (list[str] | Unset):
        ecdsa_curve_name (None | str | Unset):
        friendly_name (str | Unset):
        id (str | Unset):
        is_self_signed (int | Unset):
        issuer_organization_name (str | Unset):
        key_algorithm (str | Unset):
        modulus_length (int | None | Unset):
        not_after (int | Unset):
        registered (int | Unset):
        signature_algorithm (str | Unset):
        validation_type (None | str | Unset):
    """

    domain: str | Unset = UNSET
    domain_owners: list[str] | Unset = UNSET
    domains: list[str] | Unset = UNSET
    ecdsa_curve_name: None | str | Unset = UNSET
    friendly_name: str | Unset = UNSET
    id: str | Unset = UNSET
    is_self_signed: int | Unset = UNSET
    issuer_organization_name: str | Unset = UNSET
    key_algorithm: str | Unset = UNSET
    modulus_length: int | None | Unset = UNSET
    not_after: int | Unset = UNSET
    registered: int | Unset = UNSET
    signature_algorithm: str | Unset = UNSET
    validation_type: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        domain = self.domain

        domain_owners: list[str] | Unset = UNSET
        if not isinstance(self.domain_owners, Unset):
            domain_owners = self.domain_owners

        domains: list[str] | Unset = UNSET
        if not isinstance(self.domains, Unset):
            domains = self.domains

        ecdsa_curve_name: None | str | Unset
        if isinstance(self.ecdsa_curve_name, Unset):
            ecdsa_curve_name = UNSET
        else:
            ecdsa_curve_name = self.ecdsa_curve_name

        friendly_name = self.friendly_name

        id = self.id

        is_self_signed = self.is_self_signed

        issuer_organization_name = self.issuer_organization_name

        key_algorithm = self.key_algorithm

        modulus_length: int | None | Unset
        if isinstance(self.modulus_length, Unset):
            modulus_length = UNSET
        else:
            modulus_length = self.modulus_length

        not_after = self.not_after

        registered = self.registered

        signature_algorithm = self.signature_algorithm

        validation_type: None | str | Unset
        if isinstance(self.validation_type, Unset):
            validation_type = UNSET
        else:
            validation_type = self.validation_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if domain is not UNSET:
            field_dict["domain"] = domain
        if domain_owners is not UNSET:
            field_dict["domain_owners"] = domain_owners
        if domains is not UNSET:
            field_dict["domains"] = domains
        if ecdsa_curve_name is not UNSET:
            field_dict["ecdsa_curve_name"] = ecdsa_curve_name
        if friendly_name is not UNSET:
            field_dict["friendly_name"] = friendly_name
        if id is not UNSET:
            field_dict["id"] = id
        if is_self_signed is not UNSET:
            field_dict["is_self_signed"] = is_self_signed
        if issuer_organization_name is not UNSET:
            field_dict["issuer.organizationName"] = issuer_organization_name
        if key_algorithm is not UNSET:
            field_dict["key_algorithm"] = key_algorithm
        if modulus_length is not UNSET:
            field_dict["modulus_length"] = modulus_length
        if not_after is not UNSET:
            field_dict["not_after"] = not_after
        if registered is not UNSET:
            field_dict["registered"] = registered
        if signature_algorithm is not UNSET:
            field_dict["signature_algorithm"] = signature_algorithm
        if validation_type is not UNSET:
            field_dict["validation_type"] = validation_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        domain = d.pop("domain", UNSET)
        if domain is None:
            domain = UNSET
        if not isinstance(domain, (str, Unset)):
            raise TypeError(f"field domain: expected string, got {type(domain).__name__}")

        _domain_owners = d.pop("domain_owners", UNSET)
        domain_owners: list[str] | Unset = UNSET
        if _domain_owners is not None and not isinstance(_domain_owners, Unset):  # null reads as UNSET
            if not isinstance(_domain_owners, list):
                raise TypeError(f"field domain_owners: expected array, got {type(_domain_owners).__name__}")
            domain_owners = []
            for domain_owners_item_data in _domain_owners:
                domain_owners_item = domain_owners_item_data
                if not isinstance(domain_owners_item, (str,)):
                    raise TypeError(
                        f"field domain_owners_item: expected string, got {type(domain_owners_item).__name__}"
                    )

                domain_owners.append(domain_owners_item)

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

        friendly_name = d.pop("friendly_name", UNSET)
        if friendly_name is None:
            friendly_name = UNSET
        if not isinstance(friendly_name, (str, Unset)):
            raise TypeError(f"field friendly_name: expected string, got {type(friendly_name).__name__}")

        id = d.pop("id", UNSET)
        if id is None:
            id = UNSET
        if not isinstance(id, (str, Unset)):
            raise TypeError(f"field id: expected string, got {type(id).__name__}")

        is_self_signed = d.pop("is_self_signed", UNSET)
        if is_self_signed is None:
            is_self_signed = UNSET
        if not isinstance(is_self_signed, (int, Unset)):
            raise TypeError(f"field is_self_signed: expected integer, got {type(is_self_signed).__name__}")

        issuer_organization_name = d.pop("issuer.organizationName", UNSET)
        if issuer_organization_name is None:
            issuer_organization_name = UNSET
        if not isinstance(issuer_organization_name, (str, Unset)):
            raise TypeError(
                f"field issuer.organizationName: expected string, got {type(issuer_organization_name).__name__}"
            )

        key_algorithm = d.pop("key_algorithm", UNSET)
        if key_algorithm is None:
            key_algorithm = UNSET
        if not isinstance(key_algorithm, (str, Unset)):
            raise TypeError(f"field key_algorithm: expected string, got {type(key_algorithm).__name__}")

        def _parse_modulus_length(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                modulus_length_type_0 = data
                if not isinstance(modulus_length_type_0, (int,)):
                    raise TypeError(
                        f"field modulus_length_type_0: expected integer, got {type(modulus_length_type_0).__name__}"
                    )

                return modulus_length_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            modulus_length_type_1 = data
            if modulus_length_type_1 is not None:
                raise TypeError(
                    f"field modulus_length_type_1: expected null, got {type(modulus_length_type_1).__name__}"
                )

            return modulus_length_type_1

        modulus_length = _parse_modulus_length(d.pop("modulus_length", UNSET))

        not_after = d.pop("not_after", UNSET)
        if not_after is None:
            not_after = UNSET
        if not isinstance(not_after, (int, Unset)):
            raise TypeError(f"field not_after: expected integer, got {type(not_after).__name__}")

        registered = d.pop("registered", UNSET)
        if registered is None:
            registered = UNSET
        if not isinstance(registered, (int, Unset)):
            raise TypeError(f"field registered: expected integer, got {type(registered).__name__}")

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

        listcrts_data_crt_item = cls(
            domain=domain,
            domain_owners=domain_owners,
            domains=domains,
            ecdsa_curve_name=ecdsa_curve_name,
            friendly_name=friendly_name,
            id=id,
            is_self_signed=is_self_signed,
            issuer_organization_name=issuer_organization_name,
            key_algorithm=key_algorithm,
            modulus_length=modulus_length,
            not_after=not_after,
            registered=registered,
            signature_algorithm=signature_algorithm,
            validation_type=validation_type,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        listcrts_data_crt_item.additional_properties = additional_properties
        return listcrts_data_crt_item

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
