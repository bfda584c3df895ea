# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.enable_mail_sni_data_failed_domains import EnableMailSniDataFailedDomains


T = TypeVar("T", bound="EnableMailSniData")


@_attrs_define
class EnableMailSniData:
    """
    Attributes:
        failed_domains (EnableMailSniDataFailedDomains | Unset):
        updated_domains (Any | Unset):
    """

    failed_domains: EnableMailSniDataFailedDomains | Unset = UNSET
    updated_domains: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        failed_domains: dict[str, Any] | Unset = UNSET
        if not isinstance(self.failed_domains, Unset):
            failed_domains = self.failed_domains.to_dict()

        updated_domains = self.updated_domains

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if failed_domains is not UNSET:
            field_dict["failed_domains"] = failed_domains
        if updated_domains is not UNSET:
            field_dict["updated_domains"] = updated_domains

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _failed_domains = d.pop("failed_domains", UNSET)
        failed_domains: EnableMailSniDataFailedDomains | Unset
        if _failed_domains is None or isinstance(_failed_domains, Unset):  # null reads as UNSET
            failed_domains = UNSET
        else:
            if not isinstance(_failed_domains, dict):
                raise TypeError(f"field failed_domains: expected object, got {type(_failed_domains).__name__}")
            failed_domains = EnableMailSniDataFailedDomains.from_dict(_failed_domains)

        updated_domains = d.pop("updated_domains", UNSET)

        enable_mail_sni_data = cls(
            failed_domains=failed_domains,
            updated_domains=updated_domains,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        enable_mail_sni_data.additional_properties = additional_properties
        return enable_mail_sni_data

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


from ..models.enable_mail_sni_data_failed_domains import EnableMailSniDataFailedDomains  # noqa: E402
