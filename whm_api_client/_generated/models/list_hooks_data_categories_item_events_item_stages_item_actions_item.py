# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ListHooksDataCategoriesItemEventsItemStagesItemActionsItem")


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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        blocking = d.pop("blocking", UNSET)
        if blocking is None:
            blocking = UNSET
        if not isinstance(blocking, (int, Unset)):
            raise TypeError(f"field blocking: expected integer, got {type(blocking).__name__}")

        category = d.pop("category", UNSET)
        if category is None:
            category = UNSET
        if not isinstance(category, (str, Unset)):
            raise TypeError(f"field category: expected string, got {type(category).__name__}")

        def _parse_check(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                check_type_0 = data
                if not isinstance(check_type_0, (str,)):
                    raise TypeError(f"field check_type_0: expected string, got {type(check_type_0).__name__}")

                return check_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            check_type_1 = data
            if check_type_1 is not None:
                raise TypeError(f"field check_type_1: expected null, got {type(check_type_1).__name__}")

            return check_type_1

        check = _parse_check(d.pop("check", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                description_type_0 = data
                if not isinstance(description_type_0, (str,)):
                    raise TypeError(
                        f"field description_type_0: expected string, got {type(description_type_0).__name__}"
                    )

                return description_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            description_type_1 = data
            if description_type_1 is not None:
                raise TypeError(f"field description_type_1: expected null, got {type(description_type_1).__name__}")

            return description_type_1

        description = _parse_description(d.pop("description", UNSET))

        enabled = d.pop("enabled", UNSET)
        if enabled is None:
            enabled = UNSET
        if not isinstance(enabled, (int, Unset)):
            raise TypeError(f"field enabled: expected integer, got {type(enabled).__name__}")

        escalateprivs = d.pop("escalateprivs", UNSET)
        if escalateprivs is None:
            escalateprivs = UNSET
        if not isinstance(escalateprivs, (int, Unset)):
            raise TypeError(f"field escalateprivs: expected integer, got {type(escalateprivs).__name__}")

        event = d.pop("event", UNSET)
        if event is None:
            event = UNSET
        if not isinstance(event, (str, Unset)):
            raise TypeError(f"field event: expected string, got {type(event).__name__}")

        exectype = d.pop("exectype", UNSET)
        if exectype is None:
            exectype = UNSET
        if not isinstance(exectype, (str, Unset)):
            raise TypeError(f"field exectype: expected string, got {type(exectype).__name__}")

        hook = d.pop("hook", UNSET)
        if hook is None:
            hook = UNSET
        if not isinstance(hook, (str, Unset)):
            raise TypeError(f"field hook: expected string, got {type(hook).__name__}")

        id = d.pop("id", UNSET)
        if id is None:
            id = UNSET
        if not isinstance(id, (str, Unset)):
            raise TypeError(f"field id: expected string, got {type(id).__name__}")

        def _parse_rollback(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                rollback_type_0 = data
                if not isinstance(rollback_type_0, (str,)):
                    raise TypeError(f"field rollback_type_0: expected string, got {type(rollback_type_0).__name__}")

                return rollback_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            rollback_type_1 = data
            if rollback_type_1 is not None:
                raise TypeError(f"field rollback_type_1: expected null, got {type(rollback_type_1).__name__}")

            return rollback_type_1

        rollback = _parse_rollback(d.pop("rollback", UNSET))

        stage = d.pop("stage", UNSET)
        if stage is None:
            stage = UNSET
        if not isinstance(stage, (str, Unset)):
            raise TypeError(f"field stage: expected string, got {type(stage).__name__}")

        weight = d.pop("weight", UNSET)
        if weight is None:
            weight = UNSET
        if not isinstance(weight, (int, Unset)):
            raise TypeError(f"field weight: expected integer, got {type(weight).__name__}")

        list_hooks_data_categories_item_events_item_stages_item_actions_item = cls(
            blocking=blocking,
            category=category,
            check=check,
            description=description,
            enabled=enabled,
            escalateprivs=escalateprivs,
            event=event,
            exectype=exectype,
            hook=hook,
            id=id,
            rollback=rollback,
            stage=stage,
            weight=weight,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        list_hooks_data_categories_item_events_item_stages_item_actions_item.additional_properties = (
            additional_properties
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
