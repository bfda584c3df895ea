# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RestrictWhmRootAccessData")


@_attrs_define
class RestrictWhmRootAccessData:
    """
    Attributes:
        cidr (list[str] | Unset):
    """

    cidr: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cidr: list[str] | Unset = UNSET
        if not isinstance(self.cidr, Unset):
            cidr = self.cidr

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cidr is not UNSET:
            field_dict["cidr"] = cidr

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _cidr = d.pop("cidr", UNSET)
        cidr: list[str] | Unset = UNSET
        if _cidr is not None and not isinstance(_cidr, Unset):  # null reads as UNSET
            if not isinstance(_cidr, list):
                raise TypeError(f"field cidr: expected array, got {type(_cidr).__name__}")
            cidr = []
            for cidr_item_data in _cidr:
                cidr_item = cidr_item_data
                if not isinstance(cidr_item, (str,)):
                    raise TypeError(f"field cidr_item: expected string, got {type(cidr_item).__name__}")

                cidr.append(cidr_item)

        restrict_whm_root_access_data = cls(
            cidr=cidr,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        restrict_whm_root_access_data.additional_properties = additional_properties
        return restrict_whm_root_access_data

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
