# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.listsshkeys_data_keys_item import ListsshkeysDataKeysItem


T = TypeVar("T", bound="ListsshkeysData")


@_attrs_define
class ListsshkeysData:
    """
    Attributes:
        keys (list[ListsshkeysDataKeysItem] | Unset):
    """

    keys: list[ListsshkeysDataKeysItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _keys = d.pop("keys", UNSET)
        keys: list[ListsshkeysDataKeysItem] | Unset = UNSET
        if _keys is not None and not isinstance(_keys, Unset):  # null reads as UNSET
            if not isinstance(_keys, list):
                raise TypeError(f"field keys: expected array, got {type(_keys).__name__}")
            keys = []
            for keys_item_data in _keys:
                _keys_item = keys_item_data
                if not isinstance(_keys_item, dict):
                    raise TypeError(f"field keys_item: expected object, got {type(_keys_item).__name__}")
                keys_item = ListsshkeysDataKeysItem.from_dict(_keys_item)

                keys.append(keys_item)

        listsshkeys_data = cls(
            keys=keys,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        listsshkeys_data.additional_properties = additional_properties
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
