# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_list, read_object

if TYPE_CHECKING:
    from ..models.listacls_data_acl_item import ListaclsDataAclItem


T = TypeVar("T", bound="ListaclsData")
_new_instance = object.__new__


@_attrs_define
class ListaclsData:
    """
    Attributes:
        acl (list[ListaclsDataAclItem] | Unset):
    """

    acl: list[ListaclsDataAclItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        acl: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.acl, Unset):
            acl = []
            for acl_item_data in self.acl:
                acl_item = acl_item_data.to_dict()
                acl.append(acl_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if acl is not UNSET:
            field_dict["acl"] = acl

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _acl = d.pop("acl", UNSET)
        if _acl.__class__ is not list:
            _acl = read_list(_acl, "acl", False)
        acl: list[ListaclsDataAclItem] | Unset = UNSET
        if _acl is not UNSET:
            acl = []
            for acl_item_data in _acl:
                _acl_item = acl_item_data
                if _acl_item.__class__ is not dict:
                    _acl_item = read_object(_acl_item, "acl_item", True)
                acl_item = ListaclsDataAclItem.from_dict(_acl_item)

                acl.append(acl_item)

        listacls_data = _new_instance(cls)
        listacls_data.acl = acl

        listacls_data.additional_properties = dict(d) if d else {}
        return listacls_data

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


from ..models.listacls_data_acl_item import ListaclsDataAclItem  # noqa: E402
