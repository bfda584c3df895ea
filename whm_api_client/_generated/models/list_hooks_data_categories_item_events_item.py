# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_items, read_list, read_object, read_value

if TYPE_CHECKING:
    from ..models.list_hooks_data_categories_item_events_item_stages_item import (
        ListHooksDataCategoriesItemEventsItemStagesItem,
    )


T = TypeVar("T", bound="ListHooksDataCategoriesItemEventsItem")
_new_instance = object.__new__


@_attrs_define
class ListHooksDataCategoriesItemEventsItem:
    """
    Attributes:
        event (str | Unset):
        stage_order (list[str] | Unset):
        stages (list[ListHooksDataCategoriesItemEventsItemStagesItem] | Unset):
    """

    event: str | Unset = UNSET
    stage_order: list[str] | Unset = UNSET
    stages: list[ListHooksDataCategoriesItemEventsItemStagesItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        event = self.event

        stage_order: list[str] | Unset = UNSET
        if not isinstance(self.stage_order, Unset):
            stage_order = self.stage_order

        stages: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.stages, Unset):
            stages = []
            for stages_item_data in self.stages:
                stages_item = stages_item_data.to_dict()
                stages.append(stages_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if event is not UNSET:
            field_dict["event"] = event
        if stage_order is not UNSET:
            field_dict["stage_order"] = stage_order
        if stages is not UNSET:
            field_dict["stages"] = stages

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        event = d.pop("event", UNSET)
        if event.__class__ is not str:
            event = read_value(event, "event", "string", False)

        _stage_order = d.pop("stage_order", UNSET)
        if _stage_order.__class__ is not list:
            _stage_order = read_list(_stage_order, "stage_order", False)
        stage_order: list[str] | Unset = UNSET
        if _stage_order is not UNSET:
            stage_order = _stage_order
            for _item in _stage_order:
                if _item.__class__ is not str:
                    stage_order = read_items(_stage_order, "stage_order_item", "string")
                    break

        _stages = d.pop("stages", UNSET)
        if _stages.__class__ is not list:
            _stages = read_list(_stages, "stages", False)
        stages: list[ListHooksDataCategoriesItemEventsItemStagesItem] | Unset = UNSET
        if _stages is not UNSET:
            stages = []
            for stages_item_data in _stages:
                _stages_item = stages_item_data
                if _stages_item.__class__ is not dict:
                    _stages_item = read_object(_stages_item, "stages_item", True)
                stages_item = ListHooksDataCategoriesItemEventsItemStagesItem.from_dict(_stages_item)

                stages.append(stages_item)

        list_hooks_data_categories_item_events_item = _new_instance(cls)
        list_hooks_data_categories_item_events_item.event = event
        list_hooks_data_categories_item_events_item.stage_order = stage_order
        list_hooks_data_categories_item_events_item.stages = stages

        list_hooks_data_categories_item_events_item.additional_properties = dict(d) if d else {}
        return list_hooks_data_categories_item_events_item

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


from ..models.list_hooks_data_categories_item_events_item_stages_item import (
    ListHooksDataCategoriesItemEventsItemStagesItem,  # noqa: E402
)
