# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_list, read_object

if TYPE_CHECKING:
    from ..models.list_hooks_data_categories_item import ListHooksDataCategoriesItem


T = TypeVar("T", bound="ListHooksData")
_new_instance = object.__new__


@_attrs_define
class ListHooksData:
    """
    Attributes:
        categories (list[ListHooksDataCategoriesItem] | Unset):
    """

    categories: list[ListHooksDataCategoriesItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        categories: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.categories, Unset):
            categories = []
            for categories_item_data in self.categories:
                categories_item = categories_item_data.to_dict()
                categories.append(categories_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if categories is not UNSET:
            field_dict["categories"] = categories

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _categories = d.pop("categories", UNSET)
        if _categories.__class__ is not list:
            _categories = read_list(_categories, "categories", False)
        categories: list[ListHooksDataCategoriesItem] | Unset = UNSET
        if _categories is not UNSET:
            categories = []
            for categories_item_data in _categories:
                _categories_item = categories_item_data
                if _categories_item.__class__ is not dict:
                    _categories_item = read_object(_categories_item, "categories_item", True)
                categories_item = ListHooksDataCategoriesItem.from_dict(_categories_item)

                categories.append(categories_item)

        list_hooks_data = _new_instance(cls)
        list_hooks_data.categories = categories

        list_hooks_data.additional_properties = dict(d) if d else {}
        return list_hooks_data

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


from ..models.list_hooks_data_categories_item import ListHooksDataCategoriesItem  # noqa: E402
