# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PackageManagerResolveActionsData")


@_attrs_define
class PackageManagerResolveActionsData:
    """
    Attributes:
        install (list[str] | Unset):
        unaffected (list[str] | Unset):
        uninstall (list[str] | Unset):
        upgrade (list[str] | Unset):
    """

    install: list[str] | Unset = UNSET
    unaffected: list[str] | Unset = UNSET
    uninstall: list[str] | Unset = UNSET
    upgrade: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        install: list[str] | Unset = UNSET
        if not isinstance(self.install, Unset):
            install = self.install

        unaffected: list[str] | Unset = UNSET
        if not isinstance(self.unaffected, Unset):
            unaffected = self.unaffected

        uninstall: list[str] | Unset = UNSET
        if not isinstance(self.uninstall, Unset):
            uninstall = self.uninstall

        upgrade: list[str] | Unset = UNSET
        if not isinstance(self.upgrade, Unset):
            upgrade = self.upgrade

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if install is not UNSET:
            field_dict["install"] = install
        if unaffected is not UNSET:
            field_dict["unaffected"] = unaffected
        if uninstall is not UNSET:
            field_dict["uninstall"] = uninstall
        if upgrade is not UNSET:
            field_dict["upgrade"] = upgrade

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _install = d.pop("install", UNSET)
        install: list[str] | Unset = UNSET
        if _install is not None and not isinstance(_install, Unset):  # null reads as UNSET
            if not isinstance(_install, list):
                raise TypeError(f"field install: expected array, got {type(_install).__name__}")
            install = []
            for install_item_data in _install:
                install_item = install_item_data
                if not isinstance(install_item, (str,)):
                    raise TypeError(f"field install_item: expected string, got {type(install_item).__name__}")

                install.append(install_item)

        _unaffected = d.pop("unaffected", UNSET)
        unaffected: list[str] | Unset = UNSET
        if _unaffected is not None and not isinstance(_unaffected, Unset):  # null reads as UNSET
            if not isinstance(_unaffected, list):
                raise TypeError(f"field unaffected: expected array, got {type(_unaffected).__name__}")
            unaffected = []
            for unaffected_item_data in _unaffected:
                unaffected_item = unaffected_item_data
                if not isinstance(unaffected_item, (str,)):
                    raise TypeError(f"field unaffected_item: expected string, got {type(unaffected_item).__name__}")

                unaffected.append(unaffected_item)

        _uninstall = d.pop("uninstall", UNSET)
        uninstall: list[str] | Unset = UNSET
        if _uninstall is not None and not isinstance(_uninstall, Unset):  # null reads as UNSET
            if not isinstance(_uninstall, list):
                raise TypeError(f"field uninstall: expected array, got {type(_uninstall).__name__}")
            uninstall = []
            for uninstall_item_data in _uninstall:
                uninstall_item = uninstall_item_data
                if not isinstance(uninstall_item, (str,)):
                    raise TypeError(f"field uninstall_item: expected string, got {type(uninstall_item).__name__}")

                uninstall.append(uninstall_item)

        _upgrade = d.pop("upgrade", UNSET)
        upgrade: list[str] | Unset = UNSET
        if _upgrade is not None and not isinstance(_upgrade, Unset):  # null reads as UNSET
            if not isinstance(_upgrade, list):
                raise TypeError(f"field upgrade: expected array, got {type(_upgrade).__name__}")
            upgrade = []
            for upgrade_item_data in _upgrade:
                upgrade_item = upgrade_item_data
                if not isinstance(upgrade_item, (str,)):
                    raise TypeError(f"field upgrade_item: expected string, got {type(upgrade_item).__name__}")

                upgrade.append(upgrade_item)

        package_manager_resolve_actions_data = cls(
            install=install,
            unaffected=unaffected,
            uninstall=uninstall,
            upgrade=upgrade,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        package_manager_resolve_actions_data.additional_properties = additional_properties
        return package_manager_resolve_actions_data

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
