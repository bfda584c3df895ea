# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_object, read_value

if TYPE_CHECKING:
    from ..models.modifyacct_data_cpuser import ModifyacctDataCpuser


T = TypeVar("T", bound="ModifyacctData")
_new_instance = object.__new__


@_attrs_define
class ModifyacctData:
    """
    Attributes:
        cpuser (ModifyacctDataCpuser | Unset):
        domain (str | Unset):
        setshell (str | Unset):
        user (str | Unset):
    """

    cpuser: ModifyacctDataCpuser | Unset = UNSET
    domain: str | Unset = UNSET
    setshell: str | Unset = UNSET
    user: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        cpuser: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cpuser, Unset):
            cpuser = self.cpuser.to_dict()

        domain = self.domain

        setshell = self.setshell

        user = self.user

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cpuser is not UNSET:
            field_dict["cpuser"] = cpuser
        if domain is not UNSET:
            field_dict["domain"] = domain
        if setshell is not UNSET:
            field_dict["setshell"] = setshell
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _cpuser = d.pop("cpuser", UNSET)
        cpuser: ModifyacctDataCpuser | Unset
        if _cpuser.__class__ is not dict:
            _cpuser = read_object(_cpuser, "cpuser", False)
        cpuser = UNSET if _cpuser is UNSET else ModifyacctDataCpuser.from_dict(_cpuser)

        domain = d.pop("domain", UNSET)
        if domain.__class__ is not str:
            domain = read_value(domain, "domain", "string", False)

        setshell = d.pop("setshell", UNSET)
        if setshell.__class__ is not str:
            setshell = read_value(setshell, "setshell", "string", False)

        user = d.pop("user", UNSET)
        if user.__class__ is not str:
            user = read_value(user, "user", "string", False)

        modifyacct_data = _new_instance(cls)
        modifyacct_data.cpuser = cpuser
        modifyacct_data.domain = domain
        modifyacct_data.setshell = setshell
        modifyacct_data.user = user

        modifyacct_data.additional_properties = dict(d) if d else {}
        return modifyacct_data

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


from ..models.modifyacct_data_cpuser import ModifyacctDataCpuser  # noqa: E402
