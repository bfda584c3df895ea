# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_object

if TYPE_CHECKING:
    from ..models.get_featurelists_by_package_types_data_package_types_feature_lists import (
        GetFeaturelistsByPackageTypesDataPackageTypesFeatureLists,
    )


T = TypeVar("T", bound="GetFeaturelistsByPackageTypesData")
_new_instance = object.__new__


@_attrs_define
class GetFeaturelistsByPackageTypesData:
    """
    Attributes:
        package_types_feature_lists (GetFeaturelistsByPackageTypesDataPackageTypesFeatureLists | Unset):
    """

    package_types_feature_lists: GetFeaturelistsByPackageTypesDataPackageTypesFeatureLists | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        package_types_feature_lists: dict[str, Any] | Unset = UNSET
        if not isinstance(self.package_types_feature_lists, Unset):
            package_types_feature_lists = self.package_types_feature_lists.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if package_types_feature_lists is not UNSET:
            field_dict["package_types_feature_lists"] = package_types_feature_lists

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _package_types_feature_lists = d.pop("package_types_feature_lists", UNSET)
        package_types_feature_lists: GetFeaturelistsByPackageTypesDataPackageTypesFeatureLists | Unset
        if _package_types_feature_lists.__class__ is not dict:
            _package_types_feature_lists = read_object(
                _package_types_feature_lists, "package_types_feature_lists", False
            )
        package_types_feature_lists = (
            UNSET
            if _package_types_feature_lists is UNSET
            else GetFeaturelistsByPackageTypesDataPackageTypesFeatureLists.from_dict(_package_types_feature_lists)
        )

        get_featurelists_by_package_types_data = _new_instance(cls)
        get_featurelists_by_package_types_data.package_types_feature_lists = package_types_feature_lists

        get_featurelists_by_package_types_data.additional_properties = dict(d) if d else {}
        return get_featurelists_by_package_types_data

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


from ..models.get_featurelists_by_package_types_data_package_types_feature_lists import (
    GetFeaturelistsByPackageTypesDataPackageTypesFeatureLists,  # noqa: E402
)
