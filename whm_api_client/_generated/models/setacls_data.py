# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SetaclsData")


@_attrs_define
class SetaclsData:
    """
    Attributes:
        acl (list[str] | Unset):
    """

    acl: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        acl: list[str] | Unset = UNSET
        if not isinstance(self.acl, Unset):
            acl = self.acl

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if acl is not UNSET:
            field_dict["acl"] = acl

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _acl = d.pop("acl", UNSET)
        acl: list[str] | Unset = UNSET
        if _acl is not None and not isinstance(_acl, Unset):  # null reads as UNSET
            if not isinstance(_acl, list):
                raise TypeError(f"field acl: expected array, got {type(_acl).__name__}")
            acl = []
            for acl_item_data in _acl:
                acl_item = acl_item_data
                if not isinstance(acl_item, (str,)):
                    raise TypeError(f"field acl_item: expected string, got {type(acl_item).__name__}")

                acl.append(acl_item)

        setacls_data = cls(
            acl=acl,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        setacls_data.additional_properties = additional_properties
        return setacls_data

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
