# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_value

T = TypeVar("T", bound="ListHooksDataCategoriesItemEventsItemStagesItemActionsItem")
_new_instance = object.__new__


@_attrs_define
class ListHooksDataCategoriesItemEventsItemStagesItemActionsItem:
    """
    Attributes:
        blocking (int | Unset):
        category (str | Unset):
        check (None | str | Unset):
        description (None | str | Unset):
        enabled (int | Unset):
        escalateprivs (int | Unset):
        event (str | Unset):
        exectype (str | Unset):
        hook (str | Unset):
        id (str | Unset):
        rollback (None | str | Unset):
        stage (str | Unset):
        weight (int | Unset):
    """

    blocking: int | Unset = UNSET
    category: str | Unset = UNSET
    check: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    enabled: int | Unset = UNSET
    escalateprivs: int | Unset = UNSET
    event: str | Unset = UNSET
    exectype: str | Unset = UNSET
    hook: str | Unset = UNSET
    id: str | Unset = UNSET
    rollback: None | str | Unset = UNSET
    stage: str | Unset = UNSET
    weight: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        blocking = self.blocking

        category = self.category

        check: None | str | Unset
        if isinstance(self.check, Unset):
            check = UNSET
        else:
            check = self.check

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        enabled = self.enabled

        escalateprivs = self.escalateprivs

        event = self.event

        exectype = self.exectype

        hook = self.hook

        id = self.id

        rollback: None | str | Unset
        if isinstance(self.rollback, Unset):
            rollback = UNSET
        else:
            rollback = self.rollback

        stage = self.stage

        weight = self.weight

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if blocking is not UNSET:
            field_dict["blocking"] = blocking
        if category is not UNSET:
            field_dict["category"] = category
        if check is not UNSET:
            field_dict["check"] = check
        if description is not UNSET:
            field_dict["description"] = description
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if escalateprivs is not UNSET:
            field_dict["escalateprivs"] = escalateprivs
        if event is not UNSET:
            field_dict["event"] = event
        if exectype is not UNSET:
            field_dict["exectype"] = exectype
        if hook is not UNSET:
            field_dict["hook"] = hook
        if id is not UNSET:
            field_dict["id"] = id
        if rollback is not UNSET:
            field_dict["rollback"] = rollback
        if stage is not UNSET:
            field_dict["stage"] = stage
        if weight is not UNSET:
            field_dict["weight"] = weight

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

        category = d.pop("category", UNSET)
        if category.__class__ is not str:
            category = read_value(category, "category", "string", False)

        check = d.pop("check", UNSET)
        if check.__class__ is not str and check is not None:
            check = read_value(check, "check", "string", False)

        description = d.pop("description", UNSET)
        if description.__class__ is not str and description is not None:
            description = read_value(description, "description", "string", False)

        enabled = d.pop("enabled", UNSET)
        if enabled.__class__ is not int:
            enabled = read_value(enabled, "enabled", "integer", False)

        escalateprivs = d.pop("escalateprivs", UNSET)
        if escalateprivs.__class__ is not int:
            escalateprivs = read_value(escalateprivs, "escalateprivs", "integer", False)

        event = d.pop("event", UNSET)
        if event.__class__ is not str:
            event = read_value(event, "event", "string", False)

        exectype = d.pop("exectype", UNSET)
        if exectype.__class__ is not str:
            exectype = read_value(exectype, "exectype", "string", False)

        hook = d.pop("hook", UNSET)
        if hook.__class__ is not str:
            hook = read_value(hook, "hook", "string", False)

        id = d.pop("id", UNSET)
        if id.__class__ is not str:
            id = read_value(id, "id", "string", False)

        rollback = d.pop("rollback", UNSET)
        if rollback.__class__ is not str and rollback is not None:
            rollback = read_value(rollback, "rollback", "string", False)

        stage = d.pop("stage", UNSET)
        if stage.__class__ is not str:
            stage = read_value(stage, "stage", "string", False)

        weight = d.pop("weight", UNSET)
        if weight.__class__ is not int:
            weight = read_value(weight, "weight", "integer", False)

        list_hooks_data_categories_item_events_item_stages_item_actions_item = _new_instance(cls)
        list_hooks_data_categories_item_events_item_stages_item_actions_item.blocking = blocking
        list_hooks_data_categories_item_events_item_stages_item_actions_item.category = category
        list_hooks_data_categories_item_events_item_stages_item_actions_item.check = check
        list_hooks_data_categories_item_events_item_stages_item_actions_item.description = description
        list_hooks_data_categories_item_events_item_stages_item_actions_item.enabled = enabled
        list_hooks_data_categories_item_events_item_stages_item_actions_item.escalateprivs = escalateprivs
        list_hooks_data_categories_item_events_item_stages_item_actions_item.event = event
        list_hooks_data_categories_item_events_item_stages_item_actions_item.exectype = exectype
        list_hooks_data_categories_item_events_item_stages_item_actions_item.hook = hook
        list_hooks_data_categories_item_events_item_stages_item_actions_item.id = id
        list_hooks_data_categories_item_events_item_stages_item_actions_item.rollback = rollback
        list_hooks_data_categories_item_events_item_stages_item_actions_item.stage = stage
        list_hooks_data_categories_item_events_item_stages_item_actions_item.weight = weight

        list_hooks_data_categories_item_events_item_stages_item_actions_item.additional_properties = (
            dict(d) if d else {}
        )
        return list_hooks_data_categories_item_events_item_stages_item_actions_item

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
