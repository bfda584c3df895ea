# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_list, read_object, read_value

if TYPE_CHECKING:
    from ..models.list_hooks_data_categories_item_events_item_stages_item_actions_item import (
        ListHooksDataCategoriesItemEventsItemStagesItemActionsItem,
    )
    from ..models.list_hooks_data_categories_item_events_item_stages_item_attributes import (
        ListHooksDataCategoriesItemEventsItemStagesItemAttributes,
    )


T = TypeVar("T", bound="ListHooksDataCategoriesItemEventsItemStagesItem")
_new_instance = object.__new__


@_attrs_define
class ListHooksDataCategoriesItemEventsItemStagesItem:
    """
    Attributes:
        actions (list[ListHooksDataCategoriesItemEventsItemStagesItemActionsItem] | Unset):
        attributes (ListHooksDataCategoriesItemEventsItemStagesItemAttributes | Unset):
        description (str | Unset):
        stage (str | Unset):
    """

    actions: list[ListHooksDataCategoriesItemEventsItemStagesItemActionsItem] | Unset = UNSET
    attributes: ListHooksDataCategoriesItemEventsItemStagesItemAttributes | Unset = UNSET
    description: str | Unset = UNSET
    stage: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        actions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.actions, Unset):
            actions = []
            for actions_item_data in self.actions:
                actions_item = actions_item_data.to_dict()
                actions.append(actions_item)

        attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = self.attributes.to_dict()

        description = self.description

        stage = self.stage

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if actions is not UNSET:
            field_dict["actions"] = actions
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if description is not UNSET:
            field_dict["description"] = description
        if stage is not UNSET:
            field_dict["stage"] = stage

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _actions = d.pop("actions", UNSET)
        if _actions.__class__ is not list:
            _actions = read_list(_actions, "actions", False)
        actions: list[ListHooksDataCategoriesItemEventsItemStagesItemActionsItem] | Unset = UNSET
        if _actions is not UNSET:
            actions = []
            for actions_item_data in _actions:
                _actions_item = actions_item_data
                if _actions_item.__class__ is not dict:
                    _actions_item = read_object(_actions_item, "actions_item", True)
                actions_item = ListHooksDataCategoriesItemEventsItemStagesItemActionsItem.from_dict(_actions_item)

                actions.append(actions_item)

        _attributes = d.pop("attributes", UNSET)
        attributes: ListHooksDataCategoriesItemEventsItemStagesItemAttributes | Unset
        if _attributes.__class__ is not dict:
            _attributes = read_object(_attributes, "attributes", False)
        attributes = (
            UNSET
            if _attributes is UNSET
            else ListHooksDataCategoriesItemEventsItemStagesItemAttributes.from_dict(_attributes)
        )

        description = d.pop("description", UNSET)
        if description.__class__ is not str:
            description = read_value(description, "description", "string", False)

        stage = d.pop("stage", UNSET)
        if stage.__class__ is not str:
            stage = read_value(stage, "stage", "string", False)

        list_hooks_data_categories_item_events_item_stages_item = _new_instance(cls)
        list_hooks_data_categories_item_events_item_stages_item.actions = actions
        list_hooks_data_categories_item_events_item_stages_item.attributes = attributes
        list_hooks_data_categories_item_events_item_stages_item.description = description
        list_hooks_data_categories_item_events_item_stages_item.stage = stage

        list_hooks_data_categories_item_events_item_stages_item.additional_properties = dict(d) if d else {}
        return list_hooks_data_categories_item_events_item_stages_item

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


from ..models.list_hooks_data_categories_item_events_item_stages_item_actions_item import (
    ListHooksDataCategoriesItemEventsItemStagesItemActionsItem,  # noqa: E402
)
from ..models.list_hooks_data_categories_item_events_item_stages_item_attributes import (
    ListHooksDataCategoriesItemEventsItemStagesItemAttributes,  # noqa: E402
)
