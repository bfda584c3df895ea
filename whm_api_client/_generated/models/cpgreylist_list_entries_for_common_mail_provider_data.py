# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_object

if TYPE_CHECKING:
    from ..models.cpgreylist_list_entries_for_common_mail_provider_data_providers import (
        CpgreylistListEntriesForCommonMailProviderDataProviders,
    )
    from ..models.cpgreylist_list_entries_for_common_mail_provider_data_providers_failed import (
        CpgreylistListEntriesForCommonMailProviderDataProvidersFailed,
    )


T = TypeVar("T", bound="CpgreylistListEntriesForCommonMailProviderData")
_new_instance = object.__new__


@_attrs_define
class CpgreylistListEntriesForCommonMailProviderData:
    """
    Attributes:
        providers (CpgreylistListEntriesForCommonMailProviderDataProviders | Unset):
        providers_failed (CpgreylistListEntriesForCommonMailProviderDataProvidersFailed | Unset):
    """

    providers: CpgreylistListEntriesForCommonMailProviderDataProviders | Unset = UNSET
    providers_failed: CpgreylistListEntriesForCommonMailProviderDataProvidersFailed | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        providers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.providers, Unset):
            providers = self.providers.to_dict()

        providers_failed: dict[str, Any] | Unset = UNSET
        if not isinstance(self.providers_failed, Unset):
            providers_failed = self.providers_failed.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if providers is not UNSET:
            field_dict["providers"] = providers
        if providers_failed is not UNSET:
            field_dict["providers_failed"] = providers_failed

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _providers = d.pop("providers", UNSET)
        providers: CpgreylistListEntriesForCommonMailProviderDataProviders | Unset
        if _providers.__class__ is not dict:
            _providers = read_object(_providers, "providers", False)
        providers = (
            UNSET
            if _providers is UNSET
            else CpgreylistListEntriesForCommonMailProviderDataProviders.from_dict(_providers)
        )

        _providers_failed = d.pop("providers_failed", UNSET)
        providers_failed: CpgreylistListEntriesForCommonMailProviderDataProvidersFailed | Unset
        if _providers_failed.__class__ is not dict:
            _providers_failed = read_object(_providers_failed, "providers_failed", False)
        providers_failed = (
            UNSET
            if _providers_failed is UNSET
            else CpgreylistListEntriesForCommonMailProviderDataProvidersFailed.from_dict(_providers_failed)
        )

        cpgreylist_list_entries_for_common_mail_provider_data = _new_instance(cls)
        cpgreylist_list_entries_for_common_mail_provider_data.providers = providers
        cpgreylist_list_entries_for_common_mail_provider_data.providers_failed = providers_failed

        cpgreylist_list_entries_for_common_mail_provider_data.additional_properties = dict(d) if d else {}
        return cpgreylist_list_entries_for_common_mail_provider_data

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


from ..models.cpgreylist_list_entries_for_common_mail_provider_data_providers import (
    CpgreylistListEntriesForCommonMailProviderDataProviders,  # noqa: E402
)
from ..models.cpgreylist_list_entries_for_common_mail_provider_data_providers_failed import (
    CpgreylistListEntriesForCommonMailProviderDataProvidersFailed,  # noqa: E402
)
