# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_object, read_value

if TYPE_CHECKING:
    from ..models.listacls_data_acl_item_privileges import ListaclsDataAclItemPrivileges


T = TypeVar("T", bound="ListaclsDataAclItem")
_new_instance = object.__new__


@_attrs_define
class ListaclsDataAclItem:
    """
    Attributes:
        name (str | Unset):
        privileges (ListaclsDataAclItemPrivileges | Unset):
    """

    name: str | Unset = UNSET
    privileges: ListaclsDataAclItemPrivileges | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        name = self.name

        privileges: dict[str, Any] | Unset = UNSET
        if not isinstance(self.privileges, Unset):
            privileges = self.privileges.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if privileges is not UNSET:
            field_dict["privileges"] = privileges

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)
        if name.__class__ is not str:
            name = read_value(name, "name", "string", False)

        _privileges = d.pop("privileges", UNSET)
        privileges: ListaclsDataAclItemPrivileges | Unset
        if _privileges.__class__ is not dict:
            _privileges = read_object(_privileges, "privileges", False)
        privileges = UNSET if _privileges is UNSET else ListaclsDataAclItemPrivileges.from_dict(_privileges)

        listacls_data_acl_item = _new_instance(cls)
        listacls_data_acl_item.name = name
        listacls_data_acl_item.privileges = privileges

        listacls_data_acl_item.additional_properties = dict(d) if d else {}
        return listacls_data_acl_item

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


from ..models.listacls_data_acl_item_privileges import ListaclsDataAclItemPrivileges  # noqa: E402
