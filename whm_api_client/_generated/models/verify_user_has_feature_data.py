# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_value

T = TypeVar("T", bound="VerifyUserHasFeatureData")
_new_instance = object.__new__


@_attrs_define
class VerifyUserHasFeatureData:
    """
    Attributes:
        has_feature (int | Unset):
        query_feature (str | Unset):
    """

    has_feature: int | Unset = UNSET
    query_feature: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        has_feature = self.has_feature

        query_feature = self.query_feature

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if has_feature is not UNSET:
            field_dict["has_feature"] = has_feature
        if query_feature is not UNSET:
            field_dict["query_feature"] = query_feature

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        has_feature = d.pop("has_feature", UNSET)
        if has_feature.__class__ is not int:
            has_feature = read_value(has_feature, "has_feature", "integer", False)

        query_feature = d.pop("query_feature", UNSET)
        if query_feature.__class__ is not str:
            query_feature = read_value(query_feature, "query_feature", "string", False)

        verify_user_has_feature_data = _new_instance(cls)
        verify_user_has_feature_data.has_feature = has_feature
        verify_user_has_feature_data.query_feature = query_feature

        verify_user_has_feature_data.additional_properties = dict(d) if d else {}
        return verify_user_has_feature_data

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
