# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.restore_queue_state_data_active_item import RestoreQueueStateDataActiveItem
    from ..models.restore_queue_state_data_completed_item import RestoreQueueStateDataCompletedItem
    from ..models.restore_queue_state_data_pending_item import RestoreQueueStateDataPendingItem


T = TypeVar("T", bound="RestoreQueueStateData")


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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _active = d.pop("active", UNSET)
        active: list[RestoreQueueStateDataActiveItem] | Unset = UNSET
        if _active is not None and not isinstance(_active, Unset):  # null reads as UNSET
            if not isinstance(_active, list):
                raise TypeError(f"field active: expected array, got {type(_active).__name__}")
            active = []
            for active_item_data in _active:
                _active_item = active_item_data
                if not isinstance(_active_item, dict):
                    raise TypeError(f"field active_item: expected object, got {type(_active_item).__name__}")
                active_item = RestoreQueueStateDataActiveItem.from_dict(_active_item)

                active.append(active_item)

        _completed = d.pop("completed", UNSET)
        completed: list[RestoreQueueStateDataCompletedItem] | Unset = UNSET
        if _completed is not None and not isinstance(_completed, Unset):  # null reads as UNSET
            if not isinstance(_completed, list):
                raise TypeError(f"field completed: expected array, got {type(_completed).__name__}")
            completed = []
            for completed_item_data in _completed:
                _completed_item = completed_item_data
                if not isinstance(_completed_item, dict):
                    raise TypeError(f"field completed_item: expected object, got {type(_completed_item).__name__}")
                completed_item = RestoreQueueStateDataCompletedItem.from_dict(_completed_item)

                completed.append(completed_item)

        is_active = d.pop("is_active", UNSET)
        if is_active is None:
            is_active = UNSET
        if not isinstance(is_active, (int, Unset)):
            raise TypeError(f"field is_active: expected integer, got {type(is_active).__name__}")

        _pending = d.pop("pending", UNSET)
        pending: list[RestoreQueueStateDataPendingItem] | Unset = UNSET
        if _pending is not None and not isinstance(_pending, Unset):  # null reads as UNSET
            if not isinstance(_pending, list):
                raise TypeError(f"field pending: expected array, got {type(_pending).__name__}")
            pending = []
            for pending_item_data in _pending:
                _pending_item = pending_item_data
                if not isinstance(_pending_item, dict):
                    raise TypeError(f"field pending_item: expected object, got {type(_pending_item).__name__}")
                pending_item = RestoreQueueStateDataPendingItem.from_dict(_pending_item)

                pending.append(pending_item)

        restore_queue_state_data = cls(
            active=active,
            completed=completed,
            is_active=is_active,
            pending=pending,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        restore_queue_state_data.additional_properties = additional_properties
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
