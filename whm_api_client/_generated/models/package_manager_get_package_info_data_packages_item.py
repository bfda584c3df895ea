# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_object, read_value

if TYPE_CHECKING:
    from ..models.package_manager_get_package_info_data_packages_item_pkg_dep import (
        PackageManagerGetPackageInfoDataPackagesItemPkgDep,
    )


T = TypeVar("T", bound="PackageManagerGetPackageInfoDataPackagesItem")
_new_instance = object.__new__


@_attrs_define
class PackageManagerGetPackageInfoDataPackagesItem:
    """
    Attributes:
        architecture (str | Unset):
        license_ (str | Unset):
        long_description (str | Unset):
        more_info_url (None | str | Unset):
        package (str | Unset):
        pkg_dep (PackageManagerGetPackageInfoDataPackagesItemPkgDep | Unset):
        pkg_group (str | Unset):
        release (str | Unset):
        repo_name (str | Unset):
        short_description (str | Unset):
        size (int | Unset):
        state (str | Unset):
        version (str | Unset):
        version_installed (str | Unset):
        version_latest (str | Unset):
    """

    architecture: str | Unset = UNSET
    license_: str | Unset = UNSET
    long_description: str | Unset = UNSET
    more_info_url: None | str | Unset = UNSET
    package: str | Unset = UNSET
    pkg_dep: PackageManagerGetPackageInfoDataPackagesItemPkgDep | Unset = UNSET
    pkg_group: str | Unset = UNSET
    release: str | Unset = UNSET
    repo_name: str | Unset = UNSET
    short_description: str | Unset = UNSET
    size: int | Unset = UNSET
    state: str | Unset = UNSET
    version: str | Unset = UNSET
    version_installed: str | Unset = UNSET
    version_latest: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        architecture = self.architecture

        license_ = self.license_

        long_description = self.long_description

        more_info_url: None | str | Unset
        if isinstance(self.more_info_url, Unset):
            more_info_url = UNSET
        else:
            more_info_url = self.more_info_url

        package = self.package

        pkg_dep: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pkg_dep, Unset):
            pkg_dep = self.pkg_dep.to_dict()

        pkg_group = self.pkg_group

        release = self.release

        repo_name = self.repo_name

        short_description = self.short_description

        size = self.size

        state = self.state

        version = self.version

        version_installed = self.version_installed

        version_latest = self.version_latest

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if architecture is not UNSET:
            field_dict["architecture"] = architecture
        if license_ is not UNSET:
            field_dict["license"] = license_
        if long_description is not UNSET:
            field_dict["long_description"] = long_description
        if more_info_url is not UNSET:
            field_dict["more_info_url"] = more_info_url
        if package is not UNSET:
            field_dict["package"] = package
        if pkg_dep is not UNSET:
            field_dict["pkg_dep"] = pkg_dep
        if pkg_group is not UNSET:
            field_dict["pkg_group"] = pkg_group
        if release is not UNSET:
            field_dict["release"] = release
        if repo_name is not UNSET:
            field_dict["repo_name"] = repo_name
        if short_description is not UNSET:
            field_dict["short_description"] = short_description
        if size is not UNSET:
            field_dict["size"] = size
        if state is not UNSET:
            field_dict["state"] = state
        if version is not UNSET:
            field_dict["version"] = version
        if version_installed is not UNSET:
            field_dict["version_installed"] = version_installed
        if version_latest is not UNSET:
            field_dict["version_latest"] = version_latest

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        architecture = d.pop("architecture", UNSET)
        if architecture.__class__ is not str:
            architecture = read_value(architecture, "architecture", "string", False)

        license_ = d.pop("license", UNSET)
        if license_.__class__ is not str:
            license_ = read_value(license_, "license", "string", False)

        long_description = d.pop("long_description", UNSET)
        if long_description.__class__ is not str:
            long_description = read_value(long_description, "long_description", "string", False)

        more_info_url = d.pop("more_info_url", UNSET)
        if more_info_url.__class__ is not str and more_info_url is not None:
            more_info_url = read_value(more_info_url, "more_info_url", "string", False)

        package = d.pop("package", UNSET)
        if package.__class__ is not str:
            package = read_value(package, "package", "string", False)

        _pkg_dep = d.pop("pkg_dep", UNSET)
        pkg_dep: PackageManagerGetPackageInfoDataPackagesItemPkgDep | Unset
        if _pkg_dep.__class__ is not dict:
            _pkg_dep = read_object(_pkg_dep, "pkg_dep", False)
        pkg_dep = UNSET if _pkg_dep is UNSET else PackageManagerGetPackageInfoDataPackagesItemPkgDep.from_dict(_pkg_dep)

        pkg_group = d.pop("pkg_group", UNSET)
        if pkg_group.__class__ is not str:
            pkg_group = read_value(pkg_group, "pkg_group", "string", False)

        release = d.pop("release", UNSET)
        if release.__class__ is not str:
            release = read_value(release, "release", "string", False)

        repo_name = d.pop("repo_name", UNSET)
        if repo_name.__class__ is not str:
            repo_name = read_value(repo_name, "repo_name", "string", False)

        short_description = d.pop("short_description", UNSET)
        if short_description.__class__ is not str:
            short_description = read_value(short_description, "short_description", "string", False)

        size = d.pop("size", UNSET)
        if size.__class__ is not int:
            size = read_value(size, "size", "integer", False)

        state = d.pop("state", UNSET)
        if state.__class__ is not str:
            state = read_value(state, "state", "string", False)

        version = d.pop("version", UNSET)
        if version.__class__ is not str:
            version = read_value(version, "version", "string", False)

        version_installed = d.pop("version_installed", UNSET)
        if version_installed.__class__ is not str:
            version_installed = read_value(version_installed, "version_installed", "string", False)

        version_latest = d.pop("version_latest", UNSET)
        if version_latest.__class__ is not str:
            version_latest = read_value(version_latest, "version_latest", "string", False)

        package_manager_get_package_info_data_packages_item = _new_instance(cls)
        package_manager_get_package_info_data_packages_item.architecture = architecture
        package_manager_get_package_info_data_packages_item.license_ = license_
        package_manager_get_package_info_data_packages_item.long_description = long_description
        package_manager_get_package_info_data_packages_item.more_info_url = more_info_url
        package_manager_get_package_info_data_packages_item.package = package
        package_manager_get_package_info_data_packages_item.pkg_dep = pkg_dep
        package_manager_get_package_info_data_packages_item.pkg_group = pkg_group
        package_manager_get_package_info_data_packages_item.release = release
        package_manager_get_package_info_data_packages_item.repo_name = repo_name
        package_manager_get_package_info_data_packages_item.short_description = short_description
        package_manager_get_package_info_data_packages_item.size = size
        package_manager_get_package_info_data_packages_item.state = state
        package_manager_get_package_info_data_packages_item.version = version
        package_manager_get_package_info_data_packages_item.version_installed = version_installed
        package_manager_get_package_info_data_packages_item.version_latest = version_latest

        package_manager_get_package_info_data_packages_item.additional_properties = dict(d) if d else {}
        return package_manager_get_package_info_data_packages_item

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


from ..models.package_manager_get_package_info_data_packages_item_pkg_dep import (
    PackageManagerGetPackageInfoDataPackagesItemPkgDep,  # noqa: E402
)
