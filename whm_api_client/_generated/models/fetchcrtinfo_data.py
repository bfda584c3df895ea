# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FetchcrtinfoData")


@_attrs_define
class FetchcrtinfoData:
    """
    Attributes:
        cabundle (str | Unset):
        certificate (str | Unset):
        is_self_signed (int | Unset):
        key (str | Unset):
        subject_common_name_ip (str | Unset):
    """

    cabundle: str | Unset = UNSET
    certificate: str | Unset = UNSET
    is_self_signed: int | Unset = UNSET
    key: str | Unset = UNSET
    subject_common_name_ip: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cabundle = self.cabundle

        certificate = self.certificate

        is_self_signed = self.is_self_signed

        key = self.key

        subject_common_name_ip = self.subject_common_name_ip

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cabundle is not UNSET:
            field_dict["cabundle"] = cabundle
        if certificate is not UNSET:
            field_dict["certificate"] = certificate
        if is_self_signed is not UNSET:
            field_dict["is_self_signed"] = is_self_signed
        if key is not UNSET:
            field_dict["key"] = key
        if subject_common_name_ip is not UNSET:
            field_dict["subject.commonName_ip"] = subject_common_name_ip

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cabundle = d.pop("cabundle", UNSET)
        if cabundle is None:
            cabundle = UNSET
        if not isinstance(cabundle, (str, Unset)):
            raise TypeError(f"field cabundle: expected string, got {type(cabundle).__name__}")

        certificate = d.pop("certificate", UNSET)
        if certificate is None:
            certificate = UNSET
        if not isinstance(certificate, (str, Unset)):
            raise TypeError(f"field certificate: expected string, got {type(certificate).__name__}")

        is_self_signed = d.pop("is_self_signed", UNSET)
        if is_self_signed is None:
            is_self_signed = UNSET
        if not isinstance(is_self_signed, (int, Unset)):
            raise TypeError(f"field is_self_signed: expected integer, got {type(is_self_signed).__name__}")

        key = d.pop("key", UNSET)
        if key is None:
            key = UNSET
        if not isinstance(key, (str, Unset)):
            raise TypeError(f"field key: expected string, got {type(key).__name__}")

        subject_common_name_ip = d.pop("subject.commonName_ip", UNSET)
        if subject_common_name_ip is None:
            subject_common_name_ip = UNSET
        if not isinstance(subject_common_name_ip, (str, Unset)):
            raise TypeError(
                f"field subject.commonName_ip: expected string, got {type(subject_common_name_ip).__name__}"
            )

        fetchcrtinfo_data = cls(
            cabundle=cabundle,
            certificate=certificate,
            is_self_signed=is_self_signed,
            key=key,
            subject_common_name_ip=subject_common_name_ip,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        fetchcrtinfo_data.additional_properties = additional_properties
        return fetchcrtinfo_data

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
