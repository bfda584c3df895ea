# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GeneratesshkeypairData")


@_attrs_define
class GeneratesshkeypairData:
    """
    Attributes:
        name (str | Unset):
        fingerprint (None | str | Unset):
    """

    name: str | Unset = UNSET
    fingerprint: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        fingerprint: None | str | Unset
        if isinstance(self.fingerprint, Unset):
            fingerprint = UNSET
        else:
            fingerprint = self.fingerprint

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if fingerprint is not UNSET:
            field_dict["fingerprint"] = fingerprint

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)
        if name is None:
            name = UNSET
        if not isinstance(name, (str, Unset)):
            raise TypeError(f"field name: expected string, got {type(name).__name__}")

        def _parse_fingerprint(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                fingerprint_type_0 = data
                if not isinstance(fingerprint_type_0, (str,)):
                    raise TypeError(
                        f"field fingerprint_type_0: expected string, got {type(fingerprint_type_0).__name__}"
                    )

                return fingerprint_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            fingerprint_type_1 = data
            if fingerprint_type_1 is not None:
                raise TypeError(f"field fingerprint_type_1: expected null, got {type(fingerprint_type_1).__name__}")

            return fingerprint_type_1

        fingerprint = _parse_fingerprint(d.pop("fingerprint", UNSET))

        generatesshkeypair_data = cls(
            name=name,
            fingerprint=fingerprint,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        generatesshkeypair_data.additional_properties = additional_properties
        return generatesshkeypair_data

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
