# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.listacls_data_acl_item_privileges import ListaclsDataAclItemPrivileges


T = TypeVar("T", bound="ListaclsDataAclItem")


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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)
        if name is None:
            name = UNSET
        if not isinstance(name, (str, Unset)):
            raise TypeError(f"field name: expected string, got {type(name).__name__}")

        _privileges = d.pop("privileges", UNSET)
        privileges: ListaclsDataAclItemPrivileges | Unset
        if _privileges is None or isinstance(_privileges, Unset):  # null reads as UNSET
            privileges = UNSET
        else:
            if not isinstance(_privileges, dict):
                raise TypeError(f"field privileges: expected object, got {type(_privileges).__name__}")
            privileges = ListaclsDataAclItemPrivileges.from_dict(_privileges)

        listacls_data_acl_item = cls(
            name=name,
            privileges=privileges,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        listacls_data_acl_item.additional_properties = additional_properties
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
