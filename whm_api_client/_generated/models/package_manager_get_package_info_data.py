# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_list, read_object

if TYPE_CHECKING:
    from ..models.package_manager_get_package_info_data_packages_item import (
        PackageManagerGetPackageInfoDataPackagesItem,
    )


T = TypeVar("T", bound="PackageManagerGetPackageInfoData")
_new_instance = object.__new__


@_attrs_define
class PackageManagerGetPackageInfoData:
    """
    Attributes:
        packages (list[PackageManagerGetPackageInfoDataPackagesItem] | Unset):
    """

    packages: list[PackageManagerGetPackageInfoDataPackagesItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        packages: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.packages, Unset):
            packages = []
            for packages_item_data in self.packages:
                packages_item = packages_item_data.to_dict()
                packages.append(packages_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if packages is not UNSET:
            field_dict["packages"] = packages

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _packages = d.pop("packages", UNSET)
        if _packages.__class__ is not list:
            _packages = read_list(_packages, "packages", False)
        packages: list[PackageManagerGetPackageInfoDataPackagesItem] | Unset = UNSET
        if _packages is not UNSET:
            packages = []
            for packages_item_data in _packages:
                _packages_item = packages_item_data
                if _packages_item.__class__ is not dict:
                    _packages_item = read_object(_packages_item, "packages_item", True)
                packages_item = PackageManagerGetPackageInfoDataPackagesItem.from_dict(_packages_item)

                packages.append(packages_item)

        package_manager_get_package_info_data = _new_instance(cls)
        package_manager_get_package_info_data.packages = packages

        package_manager_get_package_info_data.additional_properties = dict(d) if d else {}
        return package_manager_get_package_info_data

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


from ..models.package_manager_get_package_info_data_packages_item import PackageManagerGetPackageInfoDataPackagesItem  # noqa: E402
