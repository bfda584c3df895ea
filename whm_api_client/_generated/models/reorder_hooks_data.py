# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.reorder_hooks_data_hook_order_item import ReorderHooksDataHookOrderItem


T = TypeVar("T", bound="ReorderHooksData")


@_attrs_define
class ReorderHooksData:
    """
    Attributes:
        hook_order (list[ReorderHooksDataHookOrderItem] | Unset):
    """

    hook_order: list[ReorderHooksDataHookOrderItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _hook_order = d.pop("hook_order", UNSET)
        hook_order: list[ReorderHooksDataHookOrderItem] | Unset = UNSET
        if _hook_order is not None and not isinstance(_hook_order, Unset):  # null reads as UNSET
            if not isinstance(_hook_order, list):
                raise TypeError(f"field hook_order: expected array, got {type(_hook_order).__name__}")
            hook_order = []
            for hook_order_item_data in _hook_order:
                _hook_order_item = hook_order_item_data
                if not isinstance(_hook_order_item, dict):
                    raise TypeError(f"field hook_order_item: expected object, got {type(_hook_order_item).__name__}")
                hook_order_item = ReorderHooksDataHookOrderItem.from_dict(_hook_order_item)

                hook_order.append(hook_order_item)

        reorder_hooks_data = cls(
            hook_order=hook_order,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        reorder_hooks_data.additional_properties = additional_properties
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
