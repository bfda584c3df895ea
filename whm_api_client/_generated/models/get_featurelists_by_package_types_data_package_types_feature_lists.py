# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_items, read_list

T = TypeVar("T", bound="GetFeaturelistsByPackageTypesDataPackageTypesFeatureLists")
_new_instance = object.__new__


@_attrs_define
class GetFeaturelistsByPackageTypesDataPackageTypesFeatureLists:
    """
    Attributes:
        nova (list[str] | Unset):
        standard (list[str] | Unset):
    """

    nova: list[str] | Unset = UNSET
    standard: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        nova: list[str] | Unset = UNSET
        if not isinstance(self.nova, Unset):
            nova = self.nova

        standard: list[str] | Unset = UNSET
        if not isinstance(self.standard, Unset):
            standard = self.standard

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if nova is not UNSET:
            field_dict["nova"] = nova
        if standard is not UNSET:
            field_dict["standard"] = standard

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _nova = d.pop("nova", UNSET)
        if _nova.__class__ is not list:
            _nova = read_list(_nova, "nova", False)
        nova: list[str] | Unset = UNSET
        if _nova is not UNSET:
            nova = _nova
            for _item in _nova:
                if _item.__class__ is not str:
                    nova = read_items(_nova, "nova_item", "string")
                    break

        _standard = d.pop("standard", UNSET)
        if _standard.__class__ is not list:
            _standard = read_list(_standard, "standard", False)
        standard: list[str] | Unset = UNSET
        if _standard is not UNSET:
            standard = _standard
            for _item in _standard:
                if _item.__class__ is not str:
                    standard = read_items(_standard, "standard_item", "string")
                    break

        get_featurelists_by_package_types_data_package_types_feature_lists = _new_instance(cls)
        get_featurelists_by_package_types_data_package_types_feature_lists.nova = nova
        get_featurelists_by_package_types_data_package_types_feature_lists.standard = standard

        get_featurelists_by_package_types_data_package_types_feature_lists.additional_properties = dict(d) if d else {}
        return get_featurelists_by_package_types_data_package_types_feature_lists

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
