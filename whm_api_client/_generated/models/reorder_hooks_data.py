# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_list, read_object

if TYPE_CHECKING:
    from ..models.reorder_hooks_data_hook_order_item import ReorderHooksDataHookOrderItem


T = TypeVar("T", bound="ReorderHooksData")
_new_instance = object.__new__


@_attrs_define
class ReorderHooksData:
    """
    Attributes:
        hook_order (list[ReorderHooksDataHookOrderItem] | Unset):
    """

    hook_order: list[ReorderHooksDataHookOrderItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        hook_order: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.hook_order, Unset):
            hook_order = []
            for hook_order_item_data in self.hook_order:
                hook_order_item = hook_order_item_data.to_dict()
                hook_order.append(hook_order_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if hook_order is not UNSET:
            field_dict["hook_order"] = hook_order

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _hook_order = d.pop("hook_order", UNSET)
        if _hook_order.__class__ is not list:
            _hook_order = read_list(_hook_order, "hook_order", False)
        hook_order: list[ReorderHooksDataHookOrderItem] | Unset = UNSET
        if _hook_order is not UNSET:
            hook_order = []
            for hook_order_item_data in _hook_order:
                _hook_order_item = hook_order_item_data
                if _hook_order_item.__class__ is not dict:
                    _hook_order_item = read_object(_hook_order_item, "hook_order_item", True)
                hook_order_item = ReorderHooksDataHookOrderItem.from_dict(_hook_order_item)

                hook_order.append(hook_order_item)

        reorder_hooks_data = _new_instance(cls)
        reorder_hooks_data.hook_order = hook_order

        reorder_hooks_data.additional_properties = dict(d) if d else {}
        return reorder_hooks_data

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


from ..models.reorder_hooks_data_hook_order_item import ReorderHooksDataHookOrderItem  # noqa: E402
