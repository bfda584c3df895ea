# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_cphulk_brutes_data_brutes_item import GetCphulkBrutesDataBrutesItem


T = TypeVar("T", bound="GetCphulkBrutesData")


@_attrs_define
class GetCphulkBrutesData:
    """
    Attributes:
        brutes (list[GetCphulkBrutesDataBrutesItem] | Unset):
    """

    brutes: list[GetCphulkBrutesDataBrutesItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        brutes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.brutes, Unset):
            brutes = []
            for brutes_item_data in self.brutes:
                brutes_item = brutes_item_data.to_dict()
                brutes.append(brutes_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if brutes is not UNSET:
            field_dict["brutes"] = brutes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _brutes = d.pop("brutes", UNSET)
        brutes: list[GetCphulkBrutesDataBrutesItem] | Unset = UNSET
        if _brutes is not None and not isinstance(_brutes, Unset):  # null reads as UNSET
            if not isinstance(_brutes, list):
                raise TypeError(f"field brutes: expected array, got {type(_brutes).__name__}")
            brutes = []
            for brutes_item_data in _brutes:
                _brutes_item = brutes_item_data
                if not isinstance(_brutes_item, dict):
                    raise TypeError(f"field brutes_item: expected object, got {type(_brutes_item).__name__}")
                brutes_item = GetCphulkBrutesDataBrutesItem.from_dict(_brutes_item)

                brutes.append(brutes_item)

        get_cphulk_brutes_data = cls(
            brutes=brutes,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        get_cphulk_brutes_data.additional_properties = additional_properties
        return get_cphulk_brutes_data

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


from ..models.get_cphulk_brutes_data_brutes_item import GetCphulkBrutesDataBrutesItem  # noqa: E402
