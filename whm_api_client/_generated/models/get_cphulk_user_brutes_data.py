# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_cphulk_user_brutes_data_user_brutes_item import GetCphulkUserBrutesDataUserBrutesItem


T = TypeVar("T", bound="GetCphulkUserBrutesData")


@_attrs_define
class GetCphulkUserBrutesData:
    """
    Attributes:
        user_brutes (list[GetCphulkUserBrutesDataUserBrutesItem] | Unset):
    """

    user_brutes: list[GetCphulkUserBrutesDataUserBrutesItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _user_brutes = d.pop("user_brutes", UNSET)
        user_brutes: list[GetCphulkUserBrutesDataUserBrutesItem] | Unset = UNSET
        if _user_brutes is not None and not isinstance(_user_brutes, Unset):  # null reads as UNSET
            if not isinstance(_user_brutes, list):
                raise TypeError(f"field user_brutes: expected array, got {type(_user_brutes).__name__}")
            user_brutes = []
            for user_brutes_item_data in _user_brutes:
                _user_brutes_item = user_brutes_item_data
                if not isinstance(_user_brutes_item, dict):
                    raise TypeError(f"field user_brutes_item: expected object, got {type(_user_brutes_item).__name__}")
                user_brutes_item = GetCphulkUserBrutesDataUserBrutesItem.from_dict(_user_brutes_item)

                user_brutes.append(user_brutes_item)

        get_cphulk_user_brutes_data = cls(
            user_brutes=user_brutes,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        get_cphulk_user_brutes_data.additional_properties = additional_properties
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
