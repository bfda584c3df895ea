# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_list, read_object, read_value

if TYPE_CHECKING:
    from ..models.restore_queue_state_data_active_item import RestoreQueueStateDataActiveItem
    from ..models.restore_queue_state_data_completed_item import RestoreQueueStateDataCompletedItem
    from ..models.restore_queue_state_data_pending_item import RestoreQueueStateDataPendingItem


T = TypeVar("T", bound="RestoreQueueStateData")
_new_instance = object.__new__


@_attrs_define
class RestoreQueueStateData:
    """
    Attributes:
        active (list[RestoreQueueStateDataActiveItem] | Unset):
        completed (list[RestoreQueueStateDataCompletedItem] | Unset):
        is_active (int | Unset):
        pending (list[RestoreQueueStateDataPendingItem] | Unset):
    """

    active: list[RestoreQueueStateDataActiveItem] | Unset = UNSET
    completed: list[RestoreQueueStateDataCompletedItem] | Unset = UNSET
    is_active: int | Unset = UNSET
    pending: list[RestoreQueueStateDataPendingItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        active: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.active, Unset):
            active = []
            for active_item_data in self.active:
                active_item = active_item_data.to_dict()
                active.append(active_item)

        completed: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.completed, Unset):
            completed = []
            for completed_item_data in self.completed:
                completed_item = completed_item_data.to_dict()
                completed.append(completed_item)

        is_active = self.is_active

        pending: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.pending, Unset):
            pending = []
            for pending_item_data in self.pending:
                pending_item = pending_item_data.to_dict()
                pending.append(pending_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if active is not UNSET:
            field_dict["active"] = active
        if completed is not UNSET:
            field_dict["completed"] = completed
        if is_active is not UNSET:
            field_dict["is_active"] = is_active
        if pending is not UNSET:
            field_dict["pending"] = pending

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _active = d.pop("active", UNSET)
        if _active.__class__ is not list:
            _active = read_list(_active, "active", False)
        active: list[RestoreQueueStateDataActiveItem] | Unset = UNSET
        if _active is not UNSET:
            active = []
            for active_item_data in _active:
                _active_item = active_item_data
                if _active_item.__class__ is not dict:
                    _active_item = read_object(_active_item, "active_item", True)
                active_item = RestoreQueueStateDataActiveItem.from_dict(_active_item)

                active.append(active_item)

        _completed = d.pop("completed", UNSET)
        if _completed.__class__ is not list:
            _completed = read_list(_completed, "completed", False)
        completed: list[RestoreQueueStateDataCompletedItem] | Unset = UNSET
        if _completed is not UNSET:
            completed = []
            for completed_item_data in _completed:
                _completed_item = completed_item_data
                if _completed_item.__class__ is not dict:
                    _completed_item = read_object(_completed_item, "completed_item", True)
                completed_item = RestoreQueueStateDataCompletedItem.from_dict(_completed_item)

                completed.append(completed_item)

        is_active = d.pop("is_active", UNSET)
        if is_active.__class__ is not int:
            is_active = read_value(is_active, "is_active", "integer", False)

        _pending = d.pop("pending", UNSET)
        if _pending.__class__ is not list:
            _pending = read_list(_pending, "pending", False)
        pending: list[RestoreQueueStateDataPendingItem] | Unset = UNSET
        if _pending is not UNSET:
            pending = []
            for pending_item_data in _pending:
                _pending_item = pending_item_data
                if _pending_item.__class__ is not dict:
                    _pending_item = read_object(_pending_item, "pending_item", True)
                pending_item = RestoreQueueStateDataPendingItem.from_dict(_pending_item)

                pending.append(pending_item)

        restore_queue_state_data = _new_instance(cls)
        restore_queue_state_data.active = active
        restore_queue_state_data.completed = completed
        restore_queue_state_data.is_active = is_active
        restore_queue_state_data.pending = pending

        restore_queue_state_data.additional_properties = dict(d) if d else {}
        return restore_queue_state_data

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


from ..models.restore_queue_state_data_active_item import RestoreQueueStateDataActiveItem  # noqa: E402
from ..models.restore_queue_state_data_completed_item import RestoreQueueStateDataCompletedItem  # noqa: E402
from ..models.restore_queue_state_data_pending_item import RestoreQueueStateDataPendingItem  # noqa: E402
