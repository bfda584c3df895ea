# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ListPopsForData")


@_attrs_define
class ListPopsForData:
    """
    Attributes:
        pops (list[str] | Unset):
    """

    pops: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pops: list[str] | Unset = UNSET
        if not isinstance(self.pops, Unset):
            pops = self.pops

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if pops is not UNSET:
            field_dict["pops"] = pops

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _pops = d.pop("pops", UNSET)
        pops: list[str] | Unset = UNSET
        if _pops is not None and not isinstance(_pops, Unset):  # null reads as UNSET
            if not isinstance(_pops, list):
                raise TypeError(f"field pops: expected array, got {type(_pops).__name__}")
            pops = []
            for pops_item_data in _pops:
                pops_item = pops_item_data
                if not isinstance(pops_item, (str,)):
                    raise TypeError(f"field pops_item: expected string, got {type(pops_item).__name__}")

                pops.append(pops_item)

        list_pops_for_data = cls(
            pops=pops,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        list_pops_for_data.additional_properties = additional_properties
        return list_pops_for_data

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
