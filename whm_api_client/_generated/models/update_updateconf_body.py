# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_value

T = TypeVar("T", bound="UpdateUpdateconfBody")
_new_instance = object.__new__


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
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
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

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cpanel = d.pop("CPANEL", UNSET)
        if cpanel.__class__ is not str:
            cpanel = read_value(cpanel, "CPANEL", "string", False)

        rpmup = d.pop("RPMUP", UNSET)
        if rpmup.__class__ is not str:
            rpmup = read_value(rpmup, "RPMUP", "string", False)

        sarulesup = d.pop("SARULESUP", UNSET)
        if sarulesup.__class__ is not str:
            sarulesup = read_value(sarulesup, "SARULESUP", "string", False)

        security_updates = d.pop("SECURITY_UPDATES", UNSET)
        if security_updates.__class__ is not str:
            security_updates = read_value(security_updates, "SECURITY_UPDATES", "string", False)

        staging_dir = d.pop("STAGING_DIR", UNSET)
        if staging_dir.__class__ is not str:
            staging_dir = read_value(staging_dir, "STAGING_DIR", "string", False)

        updates = d.pop("UPDATES", UNSET)
        if updates.__class__ is not str:
            updates = read_value(updates, "UPDATES", "string", False)

        update_updateconf_body = _new_instance(cls)
        update_updateconf_body.cpanel = cpanel
        update_updateconf_body.rpmup = rpmup
        update_updateconf_body.sarulesup = sarulesup
        update_updateconf_body.security_updates = security_updates
        update_updateconf_body.staging_dir = staging_dir
        update_updateconf_body.updates = updates

        update_updateconf_body.additional_properties = dict(d) if d else {}
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
