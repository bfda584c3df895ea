# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_object

if TYPE_CHECKING:
    from ..models.cpgreylist_trust_entries_for_common_mail_provider_data_providers_failed import (
        CpgreylistTrustEntriesForCommonMailProviderDataProvidersFailed,
    )
    from ..models.cpgreylist_trust_entries_for_common_mail_provider_data_providers_trusted import (
        CpgreylistTrustEntriesForCommonMailProviderDataProvidersTrusted,
    )


T = TypeVar("T", bound="CpgreylistTrustEntriesForCommonMailProviderData")
_new_instance = object.__new__


@_attrs_define
class CpgreylistTrustEntriesForCommonMailProviderData:
    """
    Attributes:
        providers_failed (CpgreylistTrustEntriesForCommonMailProviderDataProvidersFailed | Unset):
        providers_trusted (CpgreylistTrustEntriesForCommonMailProviderDataProvidersTrusted | Unset):
    """

    providers_failed: CpgreylistTrustEntriesForCommonMailProviderDataProvidersFailed | Unset = UNSET
    providers_trusted: CpgreylistTrustEntriesForCommonMailProviderDataProvidersTrusted | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        providers_failed: dict[str, Any] | Unset = UNSET
        if not isinstance(self.providers_failed, Unset):
            providers_failed = self.providers_failed.to_dict()

        providers_trusted: dict[str, Any] | Unset = UNSET
        if not isinstance(self.providers_trusted, Unset):
            providers_trusted = self.providers_trusted.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if providers_failed is not UNSET:
            field_dict["providers_failed"] = providers_failed
        if providers_trusted is not UNSET:
            field_dict["providers_trusted"] = providers_trusted

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _providers_failed = d.pop("providers_failed", UNSET)
        providers_failed: CpgreylistTrustEntriesForCommonMailProviderDataProvidersFailed | Unset
        if _providers_failed.__class__ is not dict:
            _providers_failed = read_object(_providers_failed, "providers_failed", False)
        providers_failed = (
            UNSET
            if _providers_failed is UNSET
            else CpgreylistTrustEntriesForCommonMailProviderDataProvidersFailed.from_dict(_providers_failed)
        )

        _providers_trusted = d.pop("providers_trusted", UNSET)
        providers_trusted: CpgreylistTrustEntriesForCommonMailProviderDataProvidersTrusted | Unset
        if _providers_trusted.__class__ is not dict:
            _providers_trusted = read_object(_providers_trusted, "providers_trusted", False)
        providers_trusted = (
            UNSET
            if _providers_trusted is UNSET
            else CpgreylistTrustEntriesForCommonMailProviderDataProvidersTrusted.from_dict(_providers_trusted)
        )

        cpgreylist_trust_entries_for_common_mail_provider_data = _new_instance(cls)
        cpgreylist_trust_entries_for_common_mail_provider_data.providers_failed = providers_failed
        cpgreylist_trust_entries_for_common_mail_provider_data.providers_trusted = providers_trusted

        cpgreylist_trust_entries_for_common_mail_provider_data.additional_properties = dict(d) if d else {}
        return cpgreylist_trust_entries_for_common_mail_provider_data

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


from ..models.cpgreylist_trust_entries_for_common_mail_provider_data_providers_failed import (
    CpgreylistTrustEntriesForCommonMailProviderDataProvidersFailed,  # noqa: E402
)
from ..models.cpgreylist_trust_entries_for_common_mail_provider_data_providers_trusted import (
    CpgreylistTrustEntriesForCommonMailProviderDataProvidersTrusted,  # noqa: E402
)
