# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PackageManagerGetPackageInfoDataPackagesItemPkgDep")


@_attrs_define
class PackageManagerGetPackageInfoDataPackagesItemPkgDep:
    """
    Attributes:
        conflicts (list[str] | Unset):
        requires (list[str] | Unset):
    """

    conflicts: list[str] | Unset = UNSET
    requires: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        conflicts: list[str] | Unset = UNSET
        if not isinstance(self.conflicts, Unset):
            conflicts = self.conflicts

        requires: list[str] | Unset = UNSET
        if not isinstance(self.requires, Unset):
            requires = self.requires

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if conflicts is not UNSET:
            field_dict["conflicts"] = conflicts
        if requires is not UNSET:
            field_dict["requires"] = requires

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _conflicts = d.pop("conflicts", UNSET)
        conflicts: list[str] | Unset = UNSET
        if _conflicts is not None and not isinstance(_conflicts, Unset):  # null reads as UNSET
            if not isinstance(_conflicts, list):
                raise TypeError(f"field conflicts: expected array, got {type(_conflicts).__name__}")
            conflicts = []
            for conflicts_item_data in _conflicts:
                conflicts_item = conflicts_item_data
                if not isinstance(conflicts_item, (str,)):
                    raise TypeError(f"field conflicts_item: expected string, got {type(conflicts_item).__name__}")

                conflicts.append(conflicts_item)

        _requires = d.pop("requires", UNSET)
        requires: list[str] | Unset = UNSET
        if _requires is not None and not isinstance(_requires, Unset):  # null reads as UNSET
            if not isinstance(_requires, list):
                raise TypeError(f"field requires: expected array, got {type(_requires).__name__}")
            requires = []
            for requires_item_data in _requires:
                requires_item = requires_item_data
                if not isinstance(requires_item, (str,)):
                    raise TypeError(f"field requires_item: expected string, got {type(requires_item).__name__}")

                requires.append(requires_item)

        package_manager_get_package_info_data_packages_item_pkg_dep = cls(
            conflicts=conflicts,
            requires=requires,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        package_manager_get_package_info_data_packages_item_pkg_dep.additional_properties = additional_properties
        return package_manager_get_package_info_data_packages_item_pkg_dep

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
