# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cpgreylist_list_entries_for_common_mail_provider_data_providers_additional_property_ips import (
        CpgreylistListEntriesForCommonMailProviderDataProvidersAdditionalPropertyIps,
    )


T = TypeVar("T", bound="CpgreylistListEntriesForCommonMailProviderDataProvidersAdditionalProperty")


@_attrs_define
class CpgreylistListEntriesForCommonMailProviderDataProvidersAdditionalProperty:
    """
    Attributes:
        ips (CpgreylistListEntriesForCommonMailProviderDataProvidersAdditionalPropertyIps | Unset):
    """

    ips: CpgreylistListEntriesForCommonMailProviderDataProvidersAdditionalPropertyIps | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ips: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ips, Unset):
            ips = self.ips.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ips is not UNSET:
            field_dict["ips"] = ips

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _ips = d.pop("ips", UNSET)
        ips: CpgreylistListEntriesForCommonMailProviderDataProvidersAdditionalPropertyIps | Unset
        if _ips is None or isinstance(_ips, Unset):  # null reads as UNSET
            ips = UNSET
        else:
            if not isinstance(_ips, dict):
                raise TypeError(f"field ips: expected object, got {type(_ips).__name__}")
            ips = CpgreylistListEntriesForCommonMailProviderDataProvidersAdditionalPropertyIps.from_dict(_ips)

        cpgreylist_list_entries_for_common_mail_provider_data_providers_additional_property = cls(
            ips=ips,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        cpgreylist_list_entries_for_common_mail_provider_data_providers_additional_property.additional_properties = (
            additional_properties
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
