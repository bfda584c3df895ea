# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateUpdateconfBody")


@_attrs_define
class UpdateUpdateconfBody:
    """
    Attributes:
        cpanel (str | Unset):
        rpmup (str | Unset):
        sarulesup (str | Unset):
        security_updates (str | Unset):
        staging_dir (str | Unset):
        updates (str | Unset):
    """

    cpanel: str | Unset = UNSET
    rpmup: str | Unset = UNSET
    sarulesup: str | Unset = UNSET
    security_updates: str | Unset = UNSET
    staging_dir: str | Unset = UNSET
    updates: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cpanel = self.cpanel

        rpmup = self.rpmup

        sarulesup = self.sarulesup

        security_updates = self.security_updates

        staging_dir = self.staging_dir

        updates = self.updates

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cpanel is not UNSET:
            field_dict["CPANEL"] = cpanel
        if rpmup is not UNSET:
            field_dict["RPMUP"] = rpmup
        if sarulesup is not UNSET:
            field_dict["SARULESUP"] = sarulesup
        if security_updates is not UNSET:
            field_dict["SECURITY_UPDATES"] = security_updates
        if staging_dir is not UNSET:
            field_dict["STAGING_DIR"] = staging_dir
        if updates is not UNSET:
            field_dict["UPDATES"] = updates

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cpanel = d.pop("CPANEL", UNSET)
        if cpanel is None:
            cpanel = UNSET
        if not isinstance(cpanel, (str, Unset)):
            raise TypeError(f"field CPANEL: expected string, got {type(cpanel).__name__}")

        rpmup = d.pop("RPMUP", UNSET)
        if rpmup is None:
            rpmup = UNSET
        if not isinstance(rpmup, (str, Unset)):
            raise TypeError(f"field RPMUP: expected string, got {type(rpmup).__name__}")

        sarulesup = d.pop("SARULESUP", UNSET)
        if sarulesup is None:
            sarulesup = UNSET
        if not isinstance(sarulesup, (str, Unset)):
            raise TypeError(f"field SARULESUP: expected string, got {type(sarulesup).__name__}")

        security_updates = d.pop("SECURITY_UPDATES", UNSET)
        if security_updates is None:
            security_updates = UNSET
        if not isinstance(security_updates, (str, Unset)):
            raise TypeError(f"field SECURITY_UPDATES: expected string, got {type(security_updates).__name__}")

        staging_dir = d.pop("STAGING_DIR", UNSET)
        if staging_dir is None:
            staging_dir = UNSET
        if not isinstance(staging_dir, (str, Unset)):
            raise TypeError(f"field STAGING_DIR: expected string, got {type(staging_dir).__name__}")

        updates = d.pop("UPDATES", UNSET)
        if updates is None:
            updates = UNSET
        if not isinstance(updates, (str, Unset)):
            raise TypeError(f"field UPDATES: expected string, got {type(updates).__name__}")

        update_updateconf_body = cls(
            cpanel=cpanel,
            rpmup=rpmup,
            sarulesup=sarulesup,
            security_updates=security_updates,
            staging_dir=staging_dir,
            updates=updates,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        update_updateconf_body.additional_properties = additional_properties
        return update_updateconf_body

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
