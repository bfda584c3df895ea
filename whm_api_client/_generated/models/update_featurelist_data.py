# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_list, read_object, read_value

if TYPE_CHECKING:
    from ..models.update_featurelist_data_invalid_features_item import UpdateFeaturelistDataInvalidFeaturesItem
    from ..models.update_featurelist_data_updated_features import UpdateFeaturelistDataUpdatedFeatures


T = TypeVar("T", bound="UpdateFeaturelistData")
_new_instance = object.__new__


@_attrs_define
class UpdateFeaturelistData:
    """
    Attributes:
        featurelist (str | Unset):
        invalid_features (list[UpdateFeaturelistDataInvalidFeaturesItem] | Unset):
        updated_features (UpdateFeaturelistDataUpdatedFeatures | Unset):
    """

    featurelist: str | Unset = UNSET
    invalid_features: list[UpdateFeaturelistDataInvalidFeaturesItem] | Unset = UNSET
    updated_features: UpdateFeaturelistDataUpdatedFeatures | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        featurelist = self.featurelist

        invalid_features: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.invalid_features, Unset):
            invalid_features = []
            for invalid_features_item_data in self.invalid_features:
                invalid_features_item = invalid_features_item_data.to_dict()
                invalid_features.append(invalid_features_item)

        updated_features: dict[str, Any] | Unset = UNSET
        if not isinstance(self.updated_features, Unset):
            updated_features = self.updated_features.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if featurelist is not UNSET:
            field_dict["featurelist"] = featurelist
        if invalid_features is not UNSET:
            field_dict["invalid_features"] = invalid_features
        if updated_features is not UNSET:
            field_dict["updated_features"] = updated_features

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        featurelist = d.pop("featurelist", UNSET)
        if featurelist.__class__ is not str:
            featurelist = read_value(featurelist, "featurelist", "string", False)

        _invalid_features = d.pop("invalid_features", UNSET)
        if _invalid_features.__class__ is not list:
            _invalid_features = read_list(_invalid_features, "invalid_features", False)
        invalid_features: list[UpdateFeaturelistDataInvalidFeaturesItem] | Unset = UNSET
        if _invalid_features is not UNSET:
            invalid_features = []
            for invalid_features_item_data in _invalid_features:
                _invalid_features_item = invalid_features_item_data
                if _invalid_features_item.__class__ is not dict:
                    _invalid_features_item = read_object(_invalid_features_item, "invalid_features_item", True)
                invalid_features_item = UpdateFeaturelistDataInvalidFeaturesItem.from_dict(_invalid_features_item)

                invalid_features.append(invalid_features_item)

        _updated_features = d.pop("updated_features", UNSET)
        updated_features: UpdateFeaturelistDataUpdatedFeatures | Unset
        if _updated_features.__class__ is not dict:
            _updated_features = read_object(_updated_features, "updated_features", False)
        updated_features = (
            UNSET if _updated_features is UNSET else UpdateFeaturelistDataUpdatedFeatures.from_dict(_updated_features)
        )

        update_featurelist_data = _new_instance(cls)
        update_featurelist_data.featurelist = featurelist
        update_featurelist_data.invalid_features = invalid_features
        update_featurelist_data.updated_features = updated_features

        update_featurelist_data.additional_properties = dict(d) if d else {}
        return update_featurelist_data

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


from ..models.update_featurelist_data_invalid_features_item import UpdateFeaturelistDataInvalidFeaturesItem  # noqa: E402
from ..models.update_featurelist_data_updated_features import UpdateFeaturelistDataUpdatedFeatures  # noqa: E402
