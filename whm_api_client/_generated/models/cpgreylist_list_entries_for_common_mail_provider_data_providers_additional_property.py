# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_object

if TYPE_CHECKING:
    from ..models.cpgreylist_list_entries_for_common_mail_provider_data_providers_additional_property_ips import (
        CpgreylistListEntriesForCommonMailProviderDataProvidersAdditionalPropertyIps,
    )


T = TypeVar("T", bound="CpgreylistListEntriesForCommonMailProviderDataProvidersAdditionalProperty")
_new_instance = object.__new__


@_attrs_define
class CpgreylistListEntriesForCommonMailProviderDataProvidersAdditionalProperty:
    """
    Attributes:
        ips (CpgreylistListEntriesForCommonMailProviderDataProvidersAdditionalPropertyIps | Unset):
    """

    ips: CpgreylistListEntriesForCommonMailProviderDataProvidersAdditionalPropertyIps | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        ips: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ips, Unset):
            ips = self.ips.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ips is not UNSET:
            field_dict["ips"] = ips

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _ips = d.pop("ips", UNSET)
        ips: CpgreylistListEntriesForCommonMailProviderDataProvidersAdditionalPropertyIps | Unset
        if _ips.__class__ is not dict:
            _ips = read_object(_ips, "ips", False)
        ips = (
            UNSET
            if _ips is UNSET
            else CpgreylistListEntriesForCommonMailProviderDataProvidersAdditionalPropertyIps.from_dict(_ips)
        )

        cpgreylist_list_entries_for_common_mail_provider_data_providers_additional_property = _new_instance(cls)
        cpgreylist_list_entries_for_common_mail_provider_data_providers_additional_property.ips = ips

        cpgreylist_list_entries_for_common_mail_provider_data_providers_additional_property.additional_properties = (
            dict(d) if d else {}
        )
        return cpgreylist_list_entries_for_common_mail_provider_data_providers_additional_property

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


from ..models.cpgreylist_list_entries_for_common_mail_provider_data_providers_additional_property_ips import (
    CpgreylistListEntriesForCommonMailProviderDataProvidersAdditionalPropertyIps,  # noqa: E402
)
