# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_items, read_list, read_object, read_value

if TYPE_CHECKING:
    from ..models.fetch_ssl_vhosts_data_vhosts_item_crt_subject_common_name import (
        FetchSslVhostsDataVhostsItemCrtSubjectCommonName,
    )


T = TypeVar("T", bound="FetchSslVhostsDataVhostsItemCrt")
_new_instance = object.__new__


@_attrs_define
class FetchSslVhostsDataVhostsItemCrt:
    """
    Attributes:
        created (int | Unset):
        domains (list[str] | Unset):
        ecdsa_curve_name (None | str | Unset):
        ecdsa_public (None | str | Unset):
        encryption_algorithm (str | Unset):
        id (str | Unset):
        is_self_signed (int | Unset):
        issuer_common_name (str | Unset):
        issuer_organization_name (str | Unset):
        issuer_text (str | Unset):
        modulus (None | str | Unset):
        modulus_length (int | None | Unset):
        not_after (int | Unset):
        not_before (int | Unset):
        public_exponent (str | Unset):
        signature_algorithm (str | Unset):
        subject_common_name (FetchSslVhostsDataVhostsItemCrtSubjectCommonName | Unset):
        subject_text (str | Unset):
        validation_type (None | str | Unset):
    """

    created: int | Unset = UNSET
    domains: list[str] | Unset = UNSET
    ecdsa_curve_name: None | str | Unset = UNSET
    ecdsa_public: None | str | Unset = UNSET
    encryption_algorithm: str | Unset = UNSET
    id: str | Unset = UNSET
    is_self_signed: int | Unset = UNSET
    issuer_common_name: str | Unset = UNSET
    issuer_organization_name: str | Unset = UNSET
    issuer_text: str | Unset = UNSET
    modulus: None | str | Unset = UNSET
    modulus_length: int | None | Unset = UNSET
    not_after: int | Unset = UNSET
    not_before: int | Unset = UNSET
    public_exponent: str | Unset = UNSET
    signature_algorithm: str | Unset = UNSET
    subject_common_name: FetchSslVhostsDataVhostsItemCrtSubjectCommonName | Unset = UNSET
    subject_text: str | Unset = UNSET
    validation_type: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        created = self.created

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

        encryption_algorithm = self.encryption_algorithm

        id = self.id

        is_self_signed = self.is_self_signed

        issuer_common_name = self.issuer_common_name

        issuer_organization_name = self.issuer_organization_name

        issuer_text = self.issuer_text

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

        public_exponent = self.public_exponent

        signature_algorithm = self.signature_algorithm

        subject_common_name: dict[str, Any] | Unset = UNSET
        if not isinstance(self.subject_common_name, Unset):
            subject_common_name = self.subject_common_name.to_dict()

        subject_text = self.subject_text

        validation_type: None | str | Unset
        if isinstance(self.validation_type, Unset):
            validation_type = UNSET
        else:
            validation_type = self.validation_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if created is not UNSET:
            field_dict["created"] = created
        if domains is not UNSET:
            field_dict["domains"] = domains
        if ecdsa_curve_name is not UNSET:
            field_dict["ecdsa_curve_name"] = ecdsa_curve_name
        if ecdsa_public is not UNSET:
            field_dict["ecdsa_public"] = ecdsa_public
        if encryption_algorithm is not UNSET:
            field_dict["encryption_algorithm"] = encryption_algorithm
        if id is not UNSET:
            field_dict["id"] = id
        if is_self_signed is not UNSET:
            field_dict["is_self_signed"] = is_self_signed
        if issuer_common_name is not UNSET:
            field_dict["issuer.commonName"] = issuer_common_name
        if issuer_organization_name is not UNSET:
            field_dict["issuer.organizationName"] = issuer_organization_name
        if issuer_text is not UNSET:
            field_dict["issuer_text"] = issuer_text
        if modulus is not UNSET:
            field_dict["modulus"] = modulus
        if modulus_length is not UNSET:
            field_dict["modulus_length"] = modulus_length
        if not_after is not UNSET:
            field_dict["not_after"] = not_after
        if not_before is not UNSET:
            field_dict["not_before"] = not_before
        if public_exponent is not UNSET:
            field_dict["public_exponent"] = public_exponent
        if signature_algorithm is not UNSET:
            field_dict["signature_algorithm"] = signature_algorithm
        if subject_common_name is not UNSET:
            field_dict["subject.commonName"] = subject_common_name
        if subject_text is not UNSET:
            field_dict["subject_text"] = subject_text
        if validation_type is not UNSET:
            field_dict["validation_type"] = validation_type

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created = d.pop("created", UNSET)
        if created.__class__ is not int:
            created = read_value(created, "created", "integer", False)

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

        encryption_algorithm = d.pop("encryption_algorithm", UNSET)
        if encryption_algorithm.__class__ is not str:
            encryption_algorithm = read_value(encryption_algorithm, "encryption_algorithm", "string", False)

        id = d.pop("id", UNSET)
        if id.__class__ is not str:
            id = read_value(id, "id", "string", False)

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

        public_exponent = d.pop("public_exponent", UNSET)
        if public_exponent.__class__ is not str:
            public_exponent = read_value(public_exponent, "public_exponent", "string", False)

        signature_algorithm = d.pop("signature_algorithm", UNSET)
        if signature_algorithm.__class__ is not str:
            signature_algorithm = read_value(signature_algorithm, "signature_algorithm", "string", False)

        _subject_common_name = d.pop("subject.commonName", UNSET)
        subject_common_name: FetchSslVhostsDataVhostsItemCrtSubjectCommonName | Unset
        if _subject_common_name.__class__ is not dict:
            _subject_common_name = read_object(_subject_common_name, "subject.commonName", False)
        subject_common_name = (
            UNSET
            if _subject_common_name is UNSET
            else FetchSslVhostsDataVhostsItemCrtSubjectCommonName.from_dict(_subject_common_name)
        )

        subject_text = d.pop("subject_text", UNSET)
        if subject_text.__class__ is not str:
            subject_text = read_value(subject_text, "subject_text", "string", False)

        validation_type = d.pop("validation_type", UNSET)
        if validation_type.__class__ is not str and validation_type is not None:
            validation_type = read_value(validation_type, "validation_type", "string", False)

        fetch_ssl_vhosts_data_vhosts_item_crt = _new_instance(cls)
        fetch_ssl_vhosts_data_vhosts_item_crt.created = created
        fetch_ssl_vhosts_data_vhosts_item_crt.domains = domains
        fetch_ssl_vhosts_data_vhosts_item_crt.ecdsa_curve_name = ecdsa_curve_name
        fetch_ssl_vhosts_data_vhosts_item_crt.ecdsa_public = ecdsa_public
        fetch_ssl_vhosts_data_vhosts_item_crt.encryption_algorithm = encryption_algorithm
        fetch_ssl_vhosts_data_vhosts_item_crt.id = id
        fetch_ssl_vhosts_data_vhosts_item_crt.is_self_signed = is_self_signed
        fetch_ssl_vhosts_data_vhosts_item_crt.issuer_common_name = issuer_common_name
        fetch_ssl_vhosts_data_vhosts_item_crt.issuer_organization_name = issuer_organization_name
        fetch_ssl_vhosts_data_vhosts_item_crt.issuer_text = issuer_text
        fetch_ssl_vhosts_data_vhosts_item_crt.modulus = modulus
        fetch_ssl_vhosts_data_vhosts_item_crt.modulus_length = modulus_length
        fetch_ssl_vhosts_data_vhosts_item_crt.not_after = not_after
        fetch_ssl_vhosts_data_vhosts_item_crt.not_before = not_before
        fetch_ssl_vhosts_data_vhosts_item_crt.public_exponent = public_exponent
        fetch_ssl_vhosts_data_vhosts_item_crt.signature_algorithm = signature_algorithm
        fetch_ssl_vhosts_data_vhosts_item_crt.subject_common_name = subject_common_name
        fetch_ssl_vhosts_data_vhosts_item_crt.subject_text = subject_text
        fetch_ssl_vhosts_data_vhosts_item_crt.validation_type = validation_type

        fetch_ssl_vhosts_data_vhosts_item_crt.additional_properties = dict(d) if d else {}
        return fetch_ssl_vhosts_data_vhosts_item_crt

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


from ..models.fetch_ssl_vhosts_data_vhosts_item_crt_subject_common_name import (
    FetchSslVhostsDataVhostsItemCrtSubjectCommonName,  # noqa: E402
)
