# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_list, read_object

if TYPE_CHECKING:
    from ..models.listsshkeys_data_keys_item import ListsshkeysDataKeysItem


T = TypeVar("T", bound="ListsshkeysData")
_new_instance = object.__new__


@_attrs_define
class ListsshkeysData:
    """
    Attributes:
        keys (list[ListsshkeysDataKeysItem] | Unset):
    """

    keys: list[ListsshkeysDataKeysItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        keys: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.keys, Unset):
            keys = []
            for keys_item_data in self.keys:
                keys_item = keys_item_data.to_dict()
                keys.append(keys_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if keys is not UNSET:
            field_dict["keys"] = keys

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _keys = d.pop("keys", UNSET)
        if _keys.__class__ is not list:
            _keys = read_list(_keys, "keys", False)
        keys: list[ListsshkeysDataKeysItem] | Unset = UNSET
        if _keys is not UNSET:
            keys = []
            for keys_item_data in _keys:
                _keys_item = keys_item_data
                if _keys_item.__class__ is not dict:
                    _keys_item = read_object(_keys_item, "keys_item", True)
                keys_item = ListsshkeysDataKeysItem.from_dict(_keys_item)

                keys.append(keys_item)

        listsshkeys_data = _new_instance(cls)
        listsshkeys_data.keys = keys

        listsshkeys_data.additional_properties = dict(d) if d else {}
        return listsshkeys_data

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


from ..models.listsshkeys_data_keys_item import ListsshkeysDataKeysItem  # noqa: E402
