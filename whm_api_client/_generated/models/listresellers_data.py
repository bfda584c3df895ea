# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ListresellersData")


@_attrs_define
class ListresellersData:
    """
    Attributes:
        reseller (list[str] | Unset):
    """

    reseller: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reseller: list[str] | Unset = UNSET
        if not isinstance(self.reseller, Unset):
            reseller = self.reseller

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if reseller is not UNSET:
            field_dict["reseller"] = reseller

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _reseller = d.pop("reseller", UNSET)
        reseller: list[str] | Unset = UNSET
        if _reseller is not None and not isinstance(_reseller, Unset):  # null reads as UNSET
            if not isinstance(_reseller, list):
                raise TypeError(f"field reseller: expected array, got {type(_reseller).__name__}")
            reseller = []
            for reseller_item_data in _reseller:
                reseller_item = reseller_item_data
                if not isinstance(reseller_item, (str,)):
                    raise TypeError(f"field reseller_item: expected string, got {type(reseller_item).__name__}")

                reseller.append(reseller_item)

        listresellers_data = cls(
            reseller=reseller,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        listresellers_data.additional_properties = additional_properties
        return listresellers_data

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
