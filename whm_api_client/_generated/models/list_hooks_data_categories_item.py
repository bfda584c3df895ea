# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_list, read_object, read_value

if TYPE_CHECKING:
    from ..models.list_hooks_data_categories_item_events_item import ListHooksDataCategoriesItemEventsItem


T = TypeVar("T", bound="ListHooksDataCategoriesItem")
_new_instance = object.__new__


@_attrs_define
class ListHooksDataCategoriesItem:
    """
    Attributes:
        category (str | Unset):
        events (list[ListHooksDataCategoriesItemEventsItem] | Unset):
    """

    category: str | Unset = UNSET
    events: list[ListHooksDataCategoriesItemEventsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        category = self.category

        events: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.events, Unset):
            events = []
            for events_item_data in self.events:
                events_item = events_item_data.to_dict()
                events.append(events_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if category is not UNSET:
            field_dict["category"] = category
        if events is not UNSET:
            field_dict["events"] = events

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        category = d.pop("category", UNSET)
        if category.__class__ is not str:
            category = read_value(category, "category", "string", False)

        _events = d.pop("events", UNSET)
        if _events.__class__ is not list:
            _events = read_list(_events, "events", False)
        events: list[ListHooksDataCategoriesItemEventsItem] | Unset = UNSET
        if _events is not UNSET:
            events = []
            for events_item_data in _events:
                _events_item = events_item_data
                if _events_item.__class__ is not dict:
                    _events_item = read_object(_events_item, "events_item", True)
                events_item = ListHooksDataCategoriesItemEventsItem.from_dict(_events_item)

                events.append(events_item)

        list_hooks_data_categories_item = _new_instance(cls)
        list_hooks_data_categories_item.category = category
        list_hooks_data_categories_item.events = events

        list_hooks_data_categories_item.additional_properties = dict(d) if d else {}
        return list_hooks_data_categories_item

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


from ..models.list_hooks_data_categories_item_events_item import ListHooksDataCategoriesItemEventsItem  # noqa: E402
