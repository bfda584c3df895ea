# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetAvailableFeaturelistsData")


@_attrs_define
class GetAvailableFeaturelistsData:
    """
    Attributes:
        available_featurelists (list[str] | Unset):
    """

    available_featurelists: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        available_featurelists: list[str] | Unset = UNSET
        if not isinstance(self.available_featurelists, Unset):
            available_featurelists = self.available_featurelists

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if available_featurelists is not UNSET:
            field_dict["available_featurelists"] = available_featurelists

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _available_featurelists = d.pop("available_featurelists", UNSET)
        available_featurelists: list[str] | Unset = UNSET
        if _available_featurelists is not None and not isinstance(
            _available_featurelists, Unset
        ):  # null reads as UNSET
            if not isinstance(_available_featurelists, list):
                raise TypeError(
                    f"field available_featurelists: expected array, got {type(_available_featurelists).__name__}"
                )
            available_featurelists = []
            for available_featurelists_item_data in _available_featurelists:
                available_featurelists_item = available_featurelists_item_data
                if not isinstance(available_featurelists_item, (str,)):
                    raise TypeError(
                        f"field available_featurelists_item: expected string, got {type(available_featurelists_item).__name__}"
                    )

                available_featurelists.append(available_featurelists_item)

        get_available_featurelists_data = cls(
            available_featurelists=available_featurelists,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        get_available_featurelists_data.additional_properties = additional_properties
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
