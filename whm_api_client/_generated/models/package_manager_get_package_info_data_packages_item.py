# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.package_manager_get_package_info_data_packages_item_pkg_dep import (
        PackageManagerGetPackageInfoDataPackagesItemPkgDep,
    )


T = TypeVar("T", bound="PackageManagerGetPackageInfoDataPackagesItem")


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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        architecture = d.pop("architecture", UNSET)
        if architecture is None:
            architecture = UNSET
        if not isinstance(architecture, (str, Unset)):
            raise TypeError(f"field architecture: expected string, got {type(architecture).__name__}")

        license_ = d.pop("license", UNSET)
        if license_ is None:
            license_ = UNSET
        if not isinstance(license_, (str, Unset)):
            raise TypeError(f"field license: expected string, got {type(license_).__name__}")

        long_description = d.pop("long_description", UNSET)
        if long_description is None:
            long_description = UNSET
        if not isinstance(long_description, (str, Unset)):
            raise TypeError(f"field long_description: expected string, got {type(long_description).__name__}")

        def _parse_more_info_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                more_info_url_type_0 = data
                if not isinstance(more_info_url_type_0, (str,)):
                    raise TypeError(
                        f"field more_info_url_type_0: expected string, got {type(more_info_url_type_0).__name__}"
                    )

                return more_info_url_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            more_info_url_type_1 = data
            if more_info_url_type_1 is not None:
                raise TypeError(f"field more_info_url_type_1: expected null, got {type(more_info_url_type_1).__name__}")

            return more_info_url_type_1

        more_info_url = _parse_more_info_url(d.pop("more_info_url", UNSET))

        package = d.pop("package", UNSET)
        if package is None:
            package = UNSET
        if not isinstance(package, (str, Unset)):
            raise TypeError(f"field package: expected string, got {type(package).__name__}")

        _pkg_dep = d.pop("pkg_dep", UNSET)
        pkg_dep: PackageManagerGetPackageInfoDataPackagesItemPkgDep | Unset
        if _pkg_dep is None or isinstance(_pkg_dep, Unset):  # null reads as UNSET
            pkg_dep = UNSET
        else:
            if not isinstance(_pkg_dep, dict):
                raise TypeError(f"field pkg_dep: expected object, got {type(_pkg_dep).__name__}")
            pkg_dep = PackageManagerGetPackageInfoDataPackagesItemPkgDep.from_dict(_pkg_dep)

        pkg_group = d.pop("pkg_group", UNSET)
        if pkg_group is None:
            pkg_group = UNSET
        if not isinstance(pkg_group, (str, Unset)):
            raise TypeError(f"field pkg_group: expected string, got {type(pkg_group).__name__}")

        release = d.pop("release", UNSET)
        if release is None:
            release = UNSET
        if not isinstance(release, (str, Unset)):
            raise TypeError(f"field release: expected string, got {type(release).__name__}")

        repo_name = d.pop("repo_name", UNSET)
        if repo_name is None:
            repo_name = UNSET
        if not isinstance(repo_name, (str, Unset)):
            raise TypeError(f"field repo_name: expected string, got {type(repo_name).__name__}")

        short_description = d.pop("short_description", UNSET)
        if short_description is None:
            short_description = UNSET
        if not isinstance(short_description, (str, Unset)):
            raise TypeError(f"field short_description: expected string, got {type(short_description).__name__}")

        size = d.pop("size", UNSET)
        if size is None:
            size = UNSET
        if not isinstance(size, (int, Unset)):
            raise TypeError(f"field size: expected integer, got {type(size).__name__}")

        state = d.pop("state", UNSET)
        if state is None:
            state = UNSET
        if not isinstance(state, (str, Unset)):
            raise TypeError(f"field state: expected string, got {type(state).__name__}")

        version = d.pop("version", UNSET)
        if version is None:
            version = UNSET
        if not isinstance(version, (str, Unset)):
            raise TypeError(f"field version: expected string, got {type(version).__name__}")

        version_installed = d.pop("version_installed", UNSET)
        if version_installed is None:
            version_installed = UNSET
        if not isinstance(version_installed, (str, Unset)):
            raise TypeError(f"field version_installed: expected string, got {type(version_installed).__name__}")

        version_latest = d.pop("version_latest", UNSET)
        if version_latest is None:
            version_latest = UNSET
        if not isinstance(version_latest, (str, Unset)):
            raise TypeError(f"field version_latest: expected string, got {type(version_latest).__name__}")

        package_manager_get_package_info_data_packages_item = cls(
            architecture=architecture,
            license_=license_,
            long_description=long_description,
            more_info_url=more_info_url,
            package=package,
            pkg_dep=pkg_dep,
            pkg_group=pkg_group,
            release=release,
            repo_name=repo_name,
            short_description=short_description,
            size=size,
            state=state,
            version=version,
            version_installed=version_installed,
            version_latest=version_latest,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        package_manager_get_package_info_data_packages_item.additional_properties = additional_properties
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
