# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_items, read_list

T = TypeVar("T", bound="PackageManagerGetPackageInfoDataPackagesItemPkgDep")
_new_instance = object.__new__


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
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
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

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _conflicts = d.pop("conflicts", UNSET)
        if _conflicts.__class__ is not list:
            _conflicts = read_list(_conflicts, "conflicts", False)
        conflicts: list[str] | Unset = UNSET
        if _conflicts is not UNSET:
            conflicts = _conflicts
            for _item in _conflicts:
                if _item.__class__ is not str:
                    conflicts = read_items(_conflicts, "conflicts_item", "string")
                    break

        _requires = d.pop("requires", UNSET)
        if _requires.__class__ is not list:
            _requires = read_list(_requires, "requires", False)
        requires: list[str] | Unset = UNSET
        if _requires is not UNSET:
            requires = _requires
            for _item in _requires:
                if _item.__class__ is not str:
                    requires = read_items(_requires, "requires_item", "string")
                    break

        package_manager_get_package_info_data_packages_item_pkg_dep = _new_instance(cls)
        package_manager_get_package_info_data_packages_item_pkg_dep.conflicts = conflicts
        package_manager_get_package_info_data_packages_item_pkg_dep.requires = requires

        package_manager_get_package_info_data_packages_item_pkg_dep.additional_properties = dict(d) if d else {}
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
