# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_list, read_object

if TYPE_CHECKING:
    from ..models.get_cphulk_excessive_brutes_data_excessive_brutes_item import (
        GetCphulkExcessiveBrutesDataExcessiveBrutesItem,
    )


T = TypeVar("T", bound="GetCphulkExcessiveBrutesData")
_new_instance = object.__new__


@_attrs_define
class GetCphulkExcessiveBrutesData:
    """
    Attributes:
        excessive_brutes (list[GetCphulkExcessiveBrutesDataExcessiveBrutesItem] | Unset):
    """

    excessive_brutes: list[GetCphulkExcessiveBrutesDataExcessiveBrutesItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        excessive_brutes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.excessive_brutes, Unset):
            excessive_brutes = []
            for excessive_brutes_item_data in self.excessive_brutes:
                excessive_brutes_item = excessive_brutes_item_data.to_dict()
                excessive_brutes.append(excessive_brutes_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if excessive_brutes is not UNSET:
            field_dict["excessive_brutes"] = excessive_brutes

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _excessive_brutes = d.pop("excessive_brutes", UNSET)
        if _excessive_brutes.__class__ is not list:
            _excessive_brutes = read_list(_excessive_brutes, "excessive_brutes", False)
        excessive_brutes: list[GetCphulkExcessiveBrutesDataExcessiveBrutesItem] | Unset = UNSET
        if _excessive_brutes is not UNSET:
            excessive_brutes = []
            for excessive_brutes_item_data in _excessive_brutes:
                _excessive_brutes_item = excessive_brutes_item_data
                if _excessive_brutes_item.__class__ is not dict:
                    _excessive_brutes_item = read_object(_excessive_brutes_item, "excessive_brutes_item", True)
                excessive_brutes_item = GetCphulkExcessiveBrutesDataExcessiveBrutesItem.from_dict(
                    _excessive_brutes_item
                )

                excessive_brutes.append(excessive_brutes_item)

        get_cphulk_excessive_brutes_data = _new_instance(cls)
        get_cphulk_excessive_brutes_data.excessive_brutes = excessive_brutes

        get_cphulk_excessive_brutes_data.additional_properties = dict(d) if d else {}
        return get_cphulk_excessive_brutes_data

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


from ..models.get_cphulk_excessive_brutes_data_excessive_brutes_item import (
    GetCphulkExcessiveBrutesDataExcessiveBrutesItem,  # noqa: E402
)
