# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_items, read_list, read_value

T = TypeVar("T", bound="ListcrtsDataCrtItem")
_new_instance = object.__new__


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
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
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

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        domain = d.pop("domain", UNSET)
        if domain.__class__ is not str:
            domain = read_value(domain, "domain", "string", False)

        _domain_owners = d.pop("domain_owners", UNSET)
        if _domain_owners.__class__ is not list:
            _domain_owners = read_list(_domain_owners, "domain_owners", False)
        domain_owners: list[str] | Unset = UNSET
        if _domain_owners is not UNSET:
            domain_owners = _domain_owners
            for _item in _domain_owners:
                if _item.__class__ is not str:
                    domain_owners = read_items(_domain_owners, "domain_owners_item", "string")
                    break

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

        friendly_name = d.pop("friendly_name", UNSET)
        if friendly_name.__class__ is not str:
            friendly_name = read_value(friendly_name, "friendly_name", "string", False)

        id = d.pop("id", UNSET)
        if id.__class__ is not str:
            id = read_value(id, "id", "string", False)

        is_self_signed = d.pop("is_self_signed", UNSET)
        if is_self_signed.__class__ is not int:
            is_self_signed = read_value(is_self_signed, "is_self_signed", "integer", False)

        issuer_organization_name = d.pop("issuer.organizationName", UNSET)
        if issuer_organization_name.__class__ is not str:
            issuer_organization_name = read_value(issuer_organization_name, "issuer.organizationName", "string", False)

        key_algorithm = d.pop("key_algorithm", UNSET)
        if key_algorithm.__class__ is not str:
            key_algorithm = read_value(key_algorithm, "key_algorithm", "string", False)

        modulus_length = d.pop("modulus_length", UNSET)
        if modulus_length.__class__ is not int and modulus_length is not None:
            modulus_length = read_value(modulus_length, "modulus_length", "integer", False)

        not_after = d.pop("not_after", UNSET)
        if not_after.__class__ is not int:
            not_after = read_value(not_after, "not_after", "integer", False)

        registered = d.pop("registered", UNSET)
        if registered.__class__ is not int:
            registered = read_value(registered, "registered", "integer", False)

        signature_algorithm = d.pop("signature_algorithm", UNSET)
        if signature_algorithm.__class__ is not str:
            signature_algorithm = read_value(signature_algorithm, "signature_algorithm", "string", False)

        validation_type = d.pop("validation_type", UNSET)
        if validation_type.__class__ is not str and validation_type is not None:
            validation_type = read_value(validation_type, "validation_type", "string", False)

        listcrts_data_crt_item = _new_instance(cls)
        listcrts_data_crt_item.domain = domain
        listcrts_data_crt_item.domain_owners = domain_owners
        listcrts_data_crt_item.domains = domains
        listcrts_data_crt_item.ecdsa_curve_name = ecdsa_curve_name
        listcrts_data_crt_item.friendly_name = friendly_name
        listcrts_data_crt_item.id = id
        listcrts_data_crt_item.is_self_signed = is_self_signed
        listcrts_data_crt_item.issuer_organization_name = issuer_organization_name
        listcrts_data_crt_item.key_algorithm = key_algorithm
        listcrts_data_crt_item.modulus_length = modulus_length
        listcrts_data_crt_item.not_after = not_after
        listcrts_data_crt_item.registered = registered
        listcrts_data_crt_item.signature_algorithm = signature_algorithm
        listcrts_data_crt_item.validation_type = validation_type

        listcrts_data_crt_item.additional_properties = dict(d) if d else {}
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
