# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_items, read_list

T = TypeVar("T", bound="GetAvailableFeaturelistsData")
_new_instance = object.__new__


@_attrs_define
class GetAvailableFeaturelistsData:
    """
    Attributes:
        available_featurelists (list[str] | Unset):
    """

    available_featurelists: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        available_featurelists: list[str] | Unset = UNSET
        if not isinstance(self.available_featurelists, Unset):
            available_featurelists = self.available_featurelists

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if available_featurelists is not UNSET:
            field_dict["available_featurelists"] = available_featurelists

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _available_featurelists = d.pop("available_featurelists", UNSET)
        if _available_featurelists.__class__ is not list:
            _available_featurelists = read_list(_available_featurelists, "available_featurelists", False)
        available_featurelists: list[str] | Unset = UNSET
        if _available_featurelists is not UNSET:
            available_featurelists = _available_featurelists
            for _item in _available_featurelists:
                if _item.__class__ is not str:
                    available_featurelists = read_items(
                        _available_featurelists, "available_featurelists_item", "string"
                    )
                    break

        get_available_featurelists_data = _new_instance(cls)
        get_available_featurelists_data.available_featurelists = available_featurelists

        get_available_featurelists_data.additional_properties = dict(d) if d else {}
        return get_available_featurelists_data

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
