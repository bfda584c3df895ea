# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_value

T = TypeVar("T", bound="GetBestSsldomainForServiceData")
_new_instance = object.__new__


@_attrs_define
class GetBestSsldomainForServiceData:
    """
    Attributes:
        cert_match_method (str | Unset):
        cert_valid_not_after (int | Unset):
        is_currently_valid (int | Unset):
        is_self_signed (int | Unset):
        is_wild_card (int | Unset):
        ssldomain (str | Unset):
        ssldomain_matches_cert (int | Unset):
    """

    cert_match_method: str | Unset = UNSET
    cert_valid_not_after: int | Unset = UNSET
    is_currently_valid: int | Unset = UNSET
    is_self_signed: int | Unset = UNSET
    is_wild_card: int | Unset = UNSET
    ssldomain: str | Unset = UNSET
    ssldomain_matches_cert: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        cert_match_method = self.cert_match_method

        cert_valid_not_after = self.cert_valid_not_after

        is_currently_valid = self.is_currently_valid

        is_self_signed = self.is_self_signed

        is_wild_card = self.is_wild_card

        ssldomain = self.ssldomain

        ssldomain_matches_cert = self.ssldomain_matches_cert

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cert_match_method is not UNSET:
            field_dict["cert_match_method"] = cert_match_method
        if cert_valid_not_after is not UNSET:
            field_dict["cert_valid_not_after"] = cert_valid_not_after
        if is_currently_valid is not UNSET:
            field_dict["is_currently_valid"] = is_currently_valid
        if is_self_signed is not UNSET:
            field_dict["is_self_signed"] = is_self_signed
        if is_wild_card is not UNSET:
            field_dict["is_wild_card"] = is_wild_card
        if ssldomain is not UNSET:
            field_dict["ssldomain"] = ssldomain
        if ssldomain_matches_cert is not UNSET:
            field_dict["ssldomain_matches_cert"] = ssldomain_matches_cert

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cert_match_method = d.pop("cert_match_method", UNSET)
        if cert_match_method.__class__ is not str:
            cert_match_method = read_value(cert_match_method, "cert_match_method", "string", False)

        cert_valid_not_after = d.pop("cert_valid_not_after", UNSET)
        if cert_valid_not_after.__class__ is not int:
            cert_valid_not_after = read_value(cert_valid_not_after, "cert_valid_not_after", "integer", False)

        is_currently_valid = d.pop("is_currently_valid", UNSET)
        if is_currently_valid.__class__ is not int:
            is_currently_valid = read_value(is_currently_valid, "is_currently_valid", "integer", False)

        is_self_signed = d.pop("is_self_signed", UNSET)
        if is_self_signed.__class__ is not int:
            is_self_signed = read_value(is_self_signed, "is_self_signed", "integer", False)

        is_wild_card = d.pop("is_wild_card", UNSET)
        if is_wild_card.__class__ is not int:
            is_wild_card = read_value(is_wild_card, "is_wild_card", "integer", False)

        ssldomain = d.pop("ssldomain", UNSET)
        if ssldomain.__class__ is not str:
            ssldomain = read_value(ssldomain, "ssldomain", "string", False)

        ssldomain_matches_cert = d.pop("ssldomain_matches_cert", UNSET)
        if ssldomain_matches_cert.__class__ is not int:
            ssldomain_matches_cert = read_value(ssldomain_matches_cert, "ssldomain_matches_cert", "integer", False)

        get_best_ssldomain_for_service_data = _new_instance(cls)
        get_best_ssldomain_for_service_data.cert_match_method = cert_match_method
        get_best_ssldomain_for_service_data.cert_valid_not_after = cert_valid_not_after
        get_best_ssldomain_for_service_data.is_currently_valid = is_currently_valid
        get_best_ssldomain_for_service_data.is_self_signed = is_self_signed
        get_best_ssldomain_for_service_data.is_wild_card = is_wild_card
        get_best_ssldomain_for_service_data.ssldomain = ssldomain
        get_best_ssldomain_for_service_data.ssldomain_matches_cert = ssldomain_matches_cert

        get_best_ssldomain_for_service_data.additional_properties = dict(d) if d else {}
        return get_best_ssldomain_for_service_data

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
