# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_value

T = TypeVar("T", bound="FetchcrtinfoData")
_new_instance = object.__new__


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
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
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

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cabundle = d.pop("cabundle", UNSET)
        if cabundle.__class__ is not str:
            cabundle = read_value(cabundle, "cabundle", "string", False)

        certificate = d.pop("certificate", UNSET)
        if certificate.__class__ is not str:
            certificate = read_value(certificate, "certificate", "string", False)

        is_self_signed = d.pop("is_self_signed", UNSET)
        if is_self_signed.__class__ is not int:
            is_self_signed = read_value(is_self_signed, "is_self_signed", "integer", False)

        key = d.pop("key", UNSET)
        if key.__class__ is not str:
            key = read_value(key, "key", "string", False)

        subject_common_name_ip = d.pop("subject.commonName_ip", UNSET)
        if subject_common_name_ip.__class__ is not str:
            subject_common_name_ip = read_value(subject_common_name_ip, "subject.commonName_ip", "string", False)

        fetchcrtinfo_data = _new_instance(cls)
        fetchcrtinfo_data.cabundle = cabundle
        fetchcrtinfo_data.certificate = certificate
        fetchcrtinfo_data.is_self_signed = is_self_signed
        fetchcrtinfo_data.key = key
        fetchcrtinfo_data.subject_common_name_ip = subject_common_name_ip

        fetchcrtinfo_data.additional_properties = dict(d) if d else {}
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
