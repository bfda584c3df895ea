# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_object

if TYPE_CHECKING:
    from ..models.enable_mail_sni_data_failed_domains import EnableMailSniDataFailedDomains


T = TypeVar("T", bound="EnableMailSniData")
_new_instance = object.__new__


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
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
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

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _failed_domains = d.pop("failed_domains", UNSET)
        failed_domains: EnableMailSniDataFailedDomains | Unset
        if _failed_domains.__class__ is not dict:
            _failed_domains = read_object(_failed_domains, "failed_domains", False)
        failed_domains = (
            UNSET if _failed_domains is UNSET else EnableMailSniDataFailedDomains.from_dict(_failed_domains)
        )

        updated_domains = d.pop("updated_domains", UNSET)

        enable_mail_sni_data = _new_instance(cls)
        enable_mail_sni_data.failed_domains = failed_domains
        enable_mail_sni_data.updated_domains = updated_domains

        enable_mail_sni_data.additional_properties = dict(d) if d else {}
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
