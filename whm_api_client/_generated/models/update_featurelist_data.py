# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.update_featurelist_data_invalid_features_item import UpdateFeaturelistDataInvalidFeaturesItem
    from ..models.update_featurelist_data_updated_features import UpdateFeaturelistDataUpdatedFeatures


T = TypeVar("T", bound="UpdateFeaturelistData")


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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        featurelist = d.pop("featurelist", UNSET)
        if featurelist is None:
            featurelist = UNSET
        if not isinstance(featurelist, (str, Unset)):
            raise TypeError(f"field featurelist: expected string, got {type(featurelist).__name__}")

        _invalid_features = d.pop("invalid_features", UNSET)
        invalid_features: list[UpdateFeaturelistDataInvalidFeaturesItem] | Unset = UNSET
        if _invalid_features is not None and not isinstance(_invalid_features, Unset):  # null reads as UNSET
            if not isinstance(_invalid_features, list):
                raise TypeError(f"field invalid_features: expected array, got {type(_invalid_features).__name__}")
            invalid_features = []
            for invalid_features_item_data in _invalid_features:
                _invalid_features_item = invalid_features_item_data
                if not isinstance(_invalid_features_item, dict):
                    raise TypeError(
                        f"field invalid_features_item: expected object, got {type(_invalid_features_item).__name__}"
                    )
                invalid_features_item = UpdateFeaturelistDataInvalidFeaturesItem.from_dict(_invalid_features_item)

                invalid_features.append(invalid_features_item)

        _updated_features = d.pop("updated_features", UNSET)
        updated_features: UpdateFeaturelistDataUpdatedFeatures | Unset
        if _updated_features is None or isinstance(_updated_features, Unset):  # null reads as UNSET
            updated_features = UNSET
        else:
            if not isinstance(_updated_features, dict):
                raise TypeError(f"field updated_features: expected object, got {type(_updated_features).__name__}")
            updated_features = UpdateFeaturelistDataUpdatedFeatures.from_dict(_updated_features)

        update_featurelist_data = cls(
            featurelist=featurelist,
            invalid_features=invalid_features,
            updated_features=updated_features,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        update_featurelist_data.additional_properties = additional_properties
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
