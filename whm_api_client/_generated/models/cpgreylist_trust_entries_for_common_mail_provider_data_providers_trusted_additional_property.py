# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_value

T = TypeVar("T", bound="CpgreylistTrustEntriesForCommonMailProviderDataProvidersTrustedAdditionalProperty")
_new_instance = object.__new__


@_attrs_define
class CpgreylistTrustEntriesForCommonMailProviderDataProvidersTrustedAdditionalProperty:
    """
    Attributes:
        ips_trusted (int | Unset):
    """

    ips_trusted: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        ips_trusted = self.ips_trusted

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ips_trusted is not UNSET:
            field_dict["ips_trusted"] = ips_trusted

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        ips_trusted = d.pop("ips_trusted", UNSET)
        if ips_trusted.__class__ is not int:
            ips_trusted = read_value(ips_trusted, "ips_trusted", "integer", False)

        cpgreylist_trust_entries_for_common_mail_provider_data_providers_trusted_additional_property = _new_instance(
            cls
        )
        cpgreylist_trust_entries_for_common_mail_provider_data_providers_trusted_additional_property.ips_trusted = (
            ips_trusted
        )

        cpgreylist_trust_entries_for_common_mail_provider_data_providers_trusted_additional_property.additional_properties = (
            dict(d) if d else {}
        )
        return cpgreylist_trust_entries_for_common_mail_provider_data_providers_trusted_additional_property

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
