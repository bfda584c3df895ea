# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_list, read_object

if TYPE_CHECKING:
    from ..models.get_cphulk_brutes_data_brutes_item import GetCphulkBrutesDataBrutesItem


T = TypeVar("T", bound="GetCphulkBrutesData")
_new_instance = object.__new__


@_attrs_define
class GetCphulkBrutesData:
    """
    Attributes:
        brutes (list[GetCphulkBrutesDataBrutesItem] | Unset):
    """

    brutes: list[GetCphulkBrutesDataBrutesItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
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

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _brutes = d.pop("brutes", UNSET)
        if _brutes.__class__ is not list:
            _brutes = read_list(_brutes, "brutes", False)
        brutes: list[GetCphulkBrutesDataBrutesItem] | Unset = UNSET
        if _brutes is not UNSET:
            brutes = []
            for brutes_item_data in _brutes:
                _brutes_item = brutes_item_data
                if _brutes_item.__class__ is not dict:
                    _brutes_item = read_object(_brutes_item, "brutes_item", True)
                brutes_item = GetCphulkBrutesDataBrutesItem.from_dict(_brutes_item)

                brutes.append(brutes_item)

        get_cphulk_brutes_data = _new_instance(cls)
        get_cphulk_brutes_data.brutes = brutes

        get_cphulk_brutes_data.additional_properties = dict(d) if d else {}
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
