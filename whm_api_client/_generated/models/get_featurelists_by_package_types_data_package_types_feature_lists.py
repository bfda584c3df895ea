# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetFeaturelistsByPackageTypesDataPackageTypesFeatureLists")


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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _nova = d.pop("nova", UNSET)
        nova: list[str] | Unset = UNSET
        if _nova is not None and not isinstance(_nova, Unset):  # null reads as UNSET
            if not isinstance(_nova, list):
                raise TypeError(f"field nova: expected array, got {type(_nova).__name__}")
            nova = []
            for nova_item_data in _nova:
                nova_item = nova_item_data
                if not isinstance(nova_item, (str,)):
                    raise TypeError(f"field nova_item: expected string, got {type(nova_item).__name__}")

                nova.append(nova_item)

        _standard = d.pop("standard", UNSET)
        standard: list[str] | Unset = UNSET
        if _standard is not None and not isinstance(_standard, Unset):  # null reads as UNSET
            if not isinstance(_standard, list):
                raise TypeError(f"field standard: expected array, got {type(_standard).__name__}")
            standard = []
            for standard_item_data in _standard:
                standard_item = standard_item_data
                if not isinstance(standard_item, (str,)):
                    raise TypeError(f"field standard_item: expected string, got {type(standard_item).__name__}")

                standard.append(standard_item)

        get_featurelists_by_package_types_data_package_types_feature_lists = cls(
            nova=nova,
            standard=standard,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        get_featurelists_by_package_types_data_package_types_feature_lists.additional_properties = additional_properties
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
