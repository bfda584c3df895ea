# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.listacls_data_acl_item import ListaclsDataAclItem


T = TypeVar("T", bound="ListaclsData")


@_attrs_define
class ListaclsData:
    """
    Attributes:
        acl (list[ListaclsDataAclItem] | Unset):
    """

    acl: list[ListaclsDataAclItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _acl = d.pop("acl", UNSET)
        acl: list[ListaclsDataAclItem] | Unset = UNSET
        if _acl is not None and not isinstance(_acl, Unset):  # null reads as UNSET
            if not isinstance(_acl, list):
                raise TypeError(f"field acl: expected array, got {type(_acl).__name__}")
            acl = []
            for acl_item_data in _acl:
                _acl_item = acl_item_data
                if not isinstance(_acl_item, dict):
                    raise TypeError(f"field acl_item: expected object, got {type(_acl_item).__name__}")
                acl_item = ListaclsDataAclItem.from_dict(_acl_item)

                acl.append(acl_item)

        listacls_data = cls(
            acl=acl,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        listacls_data.additional_properties = additional_properties
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
