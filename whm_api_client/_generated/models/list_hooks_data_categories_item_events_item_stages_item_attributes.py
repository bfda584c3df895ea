# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_value

T = TypeVar("T", bound="ListHooksDataCategoriesItemEventsItemStagesItemAttributes")
_new_instance = object.__new__


@_attrs_define
class ListHooksDataCategoriesItemEventsItemStagesItemAttributes:
    """
    Attributes:
        blocking (int | Unset):
        escalateprivs (int | Unset):
    """

    blocking: int | Unset = UNSET
    escalateprivs: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        blocking = self.blocking

        escalateprivs = self.escalateprivs

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if blocking is not UNSET:
            field_dict["blocking"] = blocking
        if escalateprivs is not UNSET:
            field_dict["escalateprivs"] = escalateprivs

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        blocking = d.pop("blocking", UNSET)
        if blocking.__class__ is not int:
            blocking = read_value(blocking, "blocking", "integer", False)

        escalateprivs = d.pop("escalateprivs", UNSET)
        if escalateprivs.__class__ is not int:
            escalateprivs = read_value(escalateprivs, "escalateprivs", "integer", False)

        list_hooks_data_categories_item_events_item_stages_item_attributes = _new_instance(cls)
        list_hooks_data_categories_item_events_item_stages_item_attributes.blocking = blocking
        list_hooks_data_categories_item_events_item_stages_item_attributes.escalateprivs = escalateprivs

        list_hooks_data_categories_item_events_item_stages_item_attributes.additional_properties = dict(d) if d else {}
        return list_hooks_data_categories_item_events_item_stages_item_attributes

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
