# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_list, read_object

if TYPE_CHECKING:
    from ..models.get_cphulk_user_brutes_data_user_brutes_item import GetCphulkUserBrutesDataUserBrutesItem


T = TypeVar("T", bound="GetCphulkUserBrutesData")
_new_instance = object.__new__


@_attrs_define
class GetCphulkUserBrutesData:
    """
    Attributes:
        user_brutes (list[GetCphulkUserBrutesDataUserBrutesItem] | Unset):
    """

    user_brutes: list[GetCphulkUserBrutesDataUserBrutesItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        user_brutes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.user_brutes, Unset):
            user_brutes = []
            for user_brutes_item_data in self.user_brutes:
                user_brutes_item = user_brutes_item_data.to_dict()
                user_brutes.append(user_brutes_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if user_brutes is not UNSET:
            field_dict["user_brutes"] = user_brutes

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _user_brutes = d.pop("user_brutes", UNSET)
        if _user_brutes.__class__ is not list:
            _user_brutes = read_list(_user_brutes, "user_brutes", False)
        user_brutes: list[GetCphulkUserBrutesDataUserBrutesItem] | Unset = UNSET
        if _user_brutes is not UNSET:
            user_brutes = []
            for user_brutes_item_data in _user_brutes:
                _user_brutes_item = user_brutes_item_data
                if _user_brutes_item.__class__ is not dict:
                    _user_brutes_item = read_object(_user_brutes_item, "user_brutes_item", True)
                user_brutes_item = GetCphulkUserBrutesDataUserBrutesItem.from_dict(_user_brutes_item)

                user_brutes.append(user_brutes_item)

        get_cphulk_user_brutes_data = _new_instance(cls)
        get_cphulk_user_brutes_data.user_brutes = user_brutes

        get_cphulk_user_brutes_data.additional_properties = dict(d) if d else {}
        return get_cphulk_user_brutes_data

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


from ..models.get_cphulk_user_brutes_data_user_brutes_item import GetCphulkUserBrutesDataUserBrutesItem  # noqa: E402
