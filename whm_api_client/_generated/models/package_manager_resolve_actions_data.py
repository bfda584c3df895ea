# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_items, read_list

T = TypeVar("T", bound="PackageManagerResolveActionsData")
_new_instance = object.__new__


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
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
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

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _install = d.pop("install", UNSET)
        if _install.__class__ is not list:
            _install = read_list(_install, "install", False)
        install: list[str] | Unset = UNSET
        if _install is not UNSET:
            install = _install
            for _item in _install:
                if _item.__class__ is not str:
                    install = read_items(_install, "install_item", "string")
                    break

        _unaffected = d.pop("unaffected", UNSET)
        if _unaffected.__class__ is not list:
            _unaffected = read_list(_unaffected, "unaffected", False)
        unaffected: list[str] | Unset = UNSET
        if _unaffected is not UNSET:
            unaffected = _unaffected
            for _item in _unaffected:
                if _item.__class__ is not str:
                    unaffected = read_items(_unaffected, "unaffected_item", "string")
                    break

        _uninstall = d.pop("uninstall", UNSET)
        if _uninstall.__class__ is not list:
            _uninstall = read_list(_uninstall, "uninstall", False)
        uninstall: list[str] | Unset = UNSET
        if _uninstall is not UNSET:
            uninstall = _uninstall
            for _item in _uninstall:
                if _item.__class__ is not str:
                    uninstall = read_items(_uninstall, "uninstall_item", "string")
                    break

        _upgrade = d.pop("upgrade", UNSET)
        if _upgrade.__class__ is not list:
            _upgrade = read_list(_upgrade, "upgrade", False)
        upgrade: list[str] | Unset = UNSET
        if _upgrade is not UNSET:
            upgrade = _upgrade
            for _item in _upgrade:
                if _item.__class__ is not str:
                    upgrade = read_items(_upgrade, "upgrade_item", "string")
                    break

        package_manager_resolve_actions_data = _new_instance(cls)
        package_manager_resolve_actions_data.install = install
        package_manager_resolve_actions_data.unaffected = unaffected
        package_manager_resolve_actions_data.uninstall = uninstall
        package_manager_resolve_actions_data.upgrade = upgrade

        package_manager_resolve_actions_data.additional_properties = dict(d) if d else {}
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
