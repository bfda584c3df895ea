# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_list, read_object

if TYPE_CHECKING:
    from ..models.get_feature_metadata_data_features_item import GetFeatureMetadataDataFeaturesItem


T = TypeVar("T", bound="GetFeatureMetadataData")
_new_instance = object.__new__


@_attrs_define
class GetFeatureMetadataData:
    """
    Attributes:
        features (list[GetFeatureMetadataDataFeaturesItem] | Unset):
    """

    features: list[GetFeatureMetadataDataFeaturesItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        features: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.features, Unset):
            features = []
            for features_item_data in self.features:
                features_item = features_item_data.to_dict()
                features.append(features_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if features is not UNSET:
            field_dict["features"] = features

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _features = d.pop("features", UNSET)
        if _features.__class__ is not list:
            _features = read_list(_features, "features", False)
        features: list[GetFeatureMetadataDataFeaturesItem] | Unset = UNSET
        if _features is not UNSET:
            features = []
            for features_item_data in _features:
                _features_item = features_item_data
                if _features_item.__class__ is not dict:
                    _features_item = read_object(_features_item, "features_item", True)
                features_item = GetFeatureMetadataDataFeaturesItem.from_dict(_features_item)

                features.append(features_item)

        get_feature_metadata_data = _new_instance(cls)
        get_feature_metadata_data.features = features

        get_feature_metadata_data.additional_properties = dict(d) if d else {}
        return get_feature_metadata_data

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


from ..models.get_feature_metadata_data_features_item import GetFeatureMetadataDataFeaturesItem  # noqa: E402
