# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_hooks_data_categories_item_events_item_stages_item import (
        ListHooksDataCategoriesItemEventsItemStagesItem,
    )


T = TypeVar("T", bound="ListHooksDataCategoriesItemEventsItem")


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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        event = d.pop("event", UNSET)
        if event is None:
            event = UNSET
        if not isinstance(event, (str, Unset)):
            raise TypeError(f"field event: expected string, got {type(event).__name__}")

        _stage_order = d.pop("stage_order", UNSET)
        stage_order: list[str] | Unset = UNSET
        if _stage_order is not None and not isinstance(_stage_order, Unset):  # null reads as UNSET
            if not isinstance(_stage_order, list):
                raise TypeError(f"field stage_order: expected array, got {type(_stage_order).__name__}")
            stage_order = []
            for stage_order_item_data in _stage_order:
                stage_order_item = stage_order_item_data
                if not isinstance(stage_order_item, (str,)):
                    raise TypeError(f"field stage_order_item: expected string, got {type(stage_order_item).__name__}")

                stage_order.append(stage_order_item)

        _stages = d.pop("stages", UNSET)
        stages: list[ListHooksDataCategoriesItemEventsItemStagesItem] | Unset = UNSET
        if _stages is not None and not isinstance(_stages, Unset):  # null reads as UNSET
            if not isinstance(_stages, list):
                raise TypeError(f"field stages: expected array, got {type(_stages).__name__}")
            stages = []
            for stages_item_data in _stages:
                _stages_item = stages_item_data
                if not isinstance(_stages_item, dict):
                    raise TypeError(f"field stages_item: expected object, got {type(_stages_item).__name__}")
                stages_item = ListHooksDataCategoriesItemEventsItemStagesItem.from_dict(_stages_item)

                stages.append(stages_item)

        list_hooks_data_categories_item_events_item = cls(
            event=event,
            stage_order=stage_order,
            stages=stages,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        list_hooks_data_categories_item_events_item.additional_properties = additional_properties
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
