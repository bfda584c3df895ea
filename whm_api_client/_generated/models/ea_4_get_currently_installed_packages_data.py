# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Ea4GetCurrentlyInstalledPackagesData")


@_attrs_define
class Ea4GetCurrentlyInstalledPackagesData:
    """
    Attributes:
        packages (list[str] | Unset):
    """

    packages: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        packages: list[str] | Unset = UNSET
        if not isinstance(self.packages, Unset):
            packages = self.packages

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if packages is not UNSET:
            field_dict["packages"] = packages

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _packages = d.pop("packages", UNSET)
        packages: list[str] | Unset = UNSET
        if _packages is not None and not isinstance(_packages, Unset):  # null reads as UNSET
            if not isinstance(_packages, list):
                raise TypeError(f"field packages: expected array, got {type(_packages).__name__}")
            packages = []
            for packages_item_data in _packages:
                packages_item = packages_item_data
                if not isinstance(packages_item, (str,)):
                    raise TypeError(f"field packages_item: expected string, got {type(packages_item).__name__}")

                packages.append(packages_item)

        ea_4_get_currently_installed_packages_data = cls(
            packages=packages,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        ea_4_get_currently_installed_packages_data.additional_properties = additional_properties
        return ea_4_get_currently_installed_packages_data

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
