# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_list, read_object

if TYPE_CHECKING:
    from ..models.manage_features_data_action_item import ManageFeaturesDataActionItem
    from ..models.manage_features_data_feature_item import ManageFeaturesDataFeatureItem


T = TypeVar("T", bound="ManageFeaturesData")
_new_instance = object.__new__


@_attrs_define
class ManageFeaturesData:
    """
    Attributes:
        action (list[ManageFeaturesDataActionItem] | Unset):
        feature (list[ManageFeaturesDataFeatureItem] | Unset):
    """

    action: list[ManageFeaturesDataActionItem] | Unset = UNSET
    feature: list[ManageFeaturesDataFeatureItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        action: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.action, Unset):
            action = []
            for action_item_data in self.action:
                action_item = action_item_data.to_dict()
                action.append(action_item)

        feature: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.feature, Unset):
            feature = []
            for feature_item_data in self.feature:
                feature_item = feature_item_data.to_dict()
                feature.append(feature_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if action is not UNSET:
            field_dict["action"] = action
        if feature is not UNSET:
            field_dict["feature"] = feature

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _action = d.pop("action", UNSET)
        if _action.__class__ is not list:
            _action = read_list(_action, "action", False)
        action: list[ManageFeaturesDataActionItem] | Unset = UNSET
        if _action is not UNSET:
            action = []
            for action_item_data in _action:
                _action_item = action_item_data
                if _action_item.__class__ is not dict:
                    _action_item = read_object(_action_item, "action_item", True)
                action_item = ManageFeaturesDataActionItem.from_dict(_action_item)

                action.append(action_item)

        _feature = d.pop("feature", UNSET)
        if _feature.__class__ is not list:
            _feature = read_list(_feature, "feature", False)
        feature: list[ManageFeaturesDataFeatureItem] | Unset = UNSET
        if _feature is not UNSET:
            feature = []
            for feature_item_data in _feature:
                _feature_item = feature_item_data
                if _feature_item.__class__ is not dict:
                    _feature_item = read_object(_feature_item, "feature_item", True)
                feature_item = ManageFeaturesDataFeatureItem.from_dict(_feature_item)

                feature.append(feature_item)

        manage_features_data = _new_instance(cls)
        manage_features_data.action = action
        manage_features_data.feature = feature

        manage_features_data.additional_properties = dict(d) if d else {}
        return manage_features_data

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


from ..models.manage_features_data_action_item import ManageFeaturesDataActionItem  # noqa: E402
from ..models.manage_features_data_feature_item import ManageFeaturesDataFeatureItem  # noqa: E402
