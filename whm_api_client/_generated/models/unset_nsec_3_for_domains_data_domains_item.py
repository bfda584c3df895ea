# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UnsetNsec3ForDomainsDataDomainsItem")


@_attrs_define
class UnsetNsec3ForDomainsDataDomainsItem:
    """
    Attributes:
        disabled (int | Unset):
        domain (str | Unset):
        error (str | Unset):
    """

    disabled: int | Unset = UNSET
    domain: str | Unset = UNSET
    error: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        disabled = self.disabled

        domain = self.domain

        error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if disabled is not UNSET:
            field_dict["disabled"] = disabled
        if domain is not UNSET:
            field_dict["domain"] = domain
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        disabled = d.pop("disabled", UNSET)
        if disabled is None:
            disabled = UNSET
        if not isinstance(disabled, (int, Unset)):
            raise TypeError(f"field disabled: expected integer, got {type(disabled).__name__}")

        domain = d.pop("domain", UNSET)
        if domain is None:
            domain = UNSET
        if not isinstance(domain, (str, Unset)):
            raise TypeError(f"field domain: expected string, got {type(domain).__name__}")

        error = d.pop("error", UNSET)
        if error is None:
            error = UNSET
        if not isinstance(error, (str, Unset)):
            raise TypeError(f"field error: expected string, got {type(error).__name__}")

        unset_nsec_3_for_domains_data_domains_item = cls(
            disabled=disabled,
            domain=domain,
            error=error,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        unset_nsec_3_for_domains_data_domains_item.additional_properties = additional_properties
        return unset_nsec_3_for_domains_data_domains_item

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
