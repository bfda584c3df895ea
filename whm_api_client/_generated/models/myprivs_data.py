# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_list, read_object

if TYPE_CHECKING:
    from ..models.myprivs_data_privileges_item import MyprivsDataPrivilegesItem


T = TypeVar("T", bound="MyprivsData")
_new_instance = object.__new__


@_attrs_define
class MyprivsData:
    """
    Attributes:
        privileges (list[MyprivsDataPrivilegesItem] | Unset):
    """

    privileges: list[MyprivsDataPrivilegesItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        privileges: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.privileges, Unset):
            privileges = []
            for privileges_item_data in self.privileges:
                privileges_item = privileges_item_data.to_dict()
                privileges.append(privileges_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if privileges is not UNSET:
            field_dict["privileges"] = privileges

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _privileges = d.pop("privileges", UNSET)
        if _privileges.__class__ is not list:
            _privileges = read_list(_privileges, "privileges", False)
        privileges: list[MyprivsDataPrivilegesItem] | Unset = UNSET
        if _privileges is not UNSET:
            privileges = []
            for privileges_item_data in _privileges:
                _privileges_item = privileges_item_data
                if _privileges_item.__class__ is not dict:
                    _privileges_item = read_object(_privileges_item, "privileges_item", True)
                privileges_item = MyprivsDataPrivilegesItem.from_dict(_privileges_item)

                privileges.append(privileges_item)

        myprivs_data = _new_instance(cls)
        myprivs_data.privileges = privileges

        myprivs_data.additional_properties = dict(d) if d else {}
        return myprivs_data

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


from ..models.myprivs_data_privileges_item import MyprivsDataPrivilegesItem  # noqa: E402
