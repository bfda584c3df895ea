# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_list, read_object

if TYPE_CHECKING:
    from ..models.convert_addon_list_conversions_data_conversions_item import (
        ConvertAddonListConversionsDataConversionsItem,
    )


T = TypeVar("T", bound="ConvertAddonListConversionsData")
_new_instance = object.__new__


@_attrs_define
class ConvertAddonListConversionsData:
    """
    Attributes:
        conversions (list[ConvertAddonListConversionsDataConversionsItem] | Unset):
    """

    conversions: list[ConvertAddonListConversionsDataConversionsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        conversions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.conversions, Unset):
            conversions = []
            for conversions_item_data in self.conversions:
                conversions_item = conversions_item_data.to_dict()
                conversions.append(conversions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if conversions is not UNSET:
            field_dict["conversions"] = conversions

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _conversions = d.pop("conversions", UNSET)
        if _conversions.__class__ is not list:
            _conversions = read_list(_conversions, "conversions", False)
        conversions: list[ConvertAddonListConversionsDataConversionsItem] | Unset = UNSET
        if _conversions is not UNSET:
            conversions = []
            for conversions_item_data in _conversions:
                _conversions_item = conversions_item_data
                if _conversions_item.__class__ is not dict:
                    _conversions_item = read_object(_conversions_item, "conversions_item", True)
                conversions_item = ConvertAddonListConversionsDataConversionsItem.from_dict(_conversions_item)

                conversions.append(conversions_item)

        convert_addon_list_conversions_data = _new_instance(cls)
        convert_addon_list_conversions_data.conversions = conversions

        convert_addon_list_conversions_data.additional_properties = dict(d) if d else {}
        return convert_addon_list_conversions_data

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


from ..models.convert_addon_list_conversions_data_conversions_item import ConvertAddonListConversionsDataConversionsItem  # noqa: E402
