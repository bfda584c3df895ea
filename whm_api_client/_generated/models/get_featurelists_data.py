# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetFeaturelistsData")


@_attrs_define
class GetFeaturelistsData:
    """
    Attributes:
        featurelists (list[str] | Unset):
    """

    featurelists: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        featurelists: list[str] | Unset = UNSET
        if not isinstance(self.featurelists, Unset):
            featurelists = self.featurelists

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if featurelists is not UNSET:
            field_dict["featurelists"] = featurelists

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _featurelists = d.pop("featurelists", UNSET)
        featurelists: list[str] | Unset = UNSET
        if _featurelists is not None and not isinstance(_featurelists, Unset):  # null reads as UNSET
            if not isinstance(_featurelists, list):
                raise TypeError(f"field featurelists: expected array, got {type(_featurelists).__name__}")
            featurelists = []
            for featurelists_item_data in _featurelists:
                featurelists_item = featurelists_item_data
                if not isinstance(featurelists_item, (str,)):
                    raise TypeError(f"field featurelists_item: expected string, got {type(featurelists_item).__name__}")

                featurelists.append(featurelists_item)

        get_featurelists_data = cls(
            featurelists=featurelists,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        get_featurelists_data.additional_properties = additional_properties
        return get_featurelists_data

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
