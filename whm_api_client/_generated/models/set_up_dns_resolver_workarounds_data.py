# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.set_up_dns_resolver_workarounds_data_flags import SetUpDnsResolverWorkaroundsDataFlags


T = TypeVar("T", bound="SetUpDnsResolverWorkaroundsData")


@_attrs_define
class SetUpDnsResolverWorkaroundsData:
    """
    Attributes:
        flags (SetUpDnsResolverWorkaroundsDataFlags | Unset):
    """

    flags: SetUpDnsResolverWorkaroundsDataFlags | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        flags: dict[str, Any] | Unset = UNSET
        if not isinstance(self.flags, Unset):
            flags = self.flags.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if flags is not UNSET:
            field_dict["flags"] = flags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _flags = d.pop("flags", UNSET)
        flags: SetUpDnsResolverWorkaroundsDataFlags | Unset
        if _flags is None or isinstance(_flags, Unset):  # null reads as UNSET
            flags = UNSET
        else:
            if not isinstance(_flags, dict):
                raise TypeError(f"field flags: expected object, got {type(_flags).__name__}")
            flags = SetUpDnsResolverWorkaroundsDataFlags.from_dict(_flags)

        set_up_dns_resolver_workarounds_data = cls(
            flags=flags,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        set_up_dns_resolver_workarounds_data.additional_properties = additional_properties
        return set_up_dns_resolver_workarounds_data

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


from ..models.set_up_dns_resolver_workarounds_data_flags import SetUpDnsResolverWorkaroundsDataFlags  # noqa: E402
