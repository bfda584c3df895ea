# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cpgreylist_trust_entries_for_common_mail_provider_data_providers_failed import (
        CpgreylistTrustEntriesForCommonMailProviderDataProvidersFailed,
    )
    from ..models.cpgreylist_trust_entries_for_common_mail_provider_data_providers_trusted import (
        CpgreylistTrustEntriesForCommonMailProviderDataProvidersTrusted,
    )


T = TypeVar("T", bound="CpgreylistTrustEntriesForCommonMailProviderData")


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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _providers_failed = d.pop("providers_failed", UNSET)
        providers_failed: CpgreylistTrustEntriesForCommonMailProviderDataProvidersFailed | Unset
        if _providers_failed is None or isinstance(_providers_failed, Unset):  # null reads as UNSET
            providers_failed = UNSET
        else:
            if not isinstance(_providers_failed, dict):
                raise TypeError(f"field providers_failed: expected object, got {type(_providers_failed).__name__}")
            providers_failed = CpgreylistTrustEntriesForCommonMailProviderDataProvidersFailed.from_dict(
                _providers_failed
            )

        _providers_trusted = d.pop("providers_trusted", UNSET)
        providers_trusted: CpgreylistTrustEntriesForCommonMailProviderDataProvidersTrusted | Unset
        if _providers_trusted is None or isinstance(_providers_trusted, Unset):  # null reads as UNSET
            providers_trusted = UNSET
        else:
            if not isinstance(_providers_trusted, dict):
                raise TypeError(f"field providers_trusted: expected object, got {type(_providers_trusted).__name__}")
            providers_trusted = CpgreylistTrustEntriesForCommonMailProviderDataProvidersTrusted.from_dict(
                _providers_trusted
            )

        cpgreylist_trust_entries_for_common_mail_provider_data = cls(
            providers_failed=providers_failed,
            providers_trusted=providers_trusted,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        cpgreylist_trust_entries_for_common_mail_provider_data.additional_properties = additional_properties
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
