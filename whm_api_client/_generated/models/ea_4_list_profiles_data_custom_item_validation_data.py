# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_items, read_list

T = TypeVar("T", bound="Ea4ListProfilesDataCustomItemValidationData")
_new_instance = object.__new__


@_attrs_define
class Ea4ListProfilesDataCustomItemValidationData:
    """
    Attributes:
        not_on_server (list[str] | Unset):
    """

    not_on_server: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        not_on_server: list[str] | Unset = UNSET
        if not isinstance(self.not_on_server, Unset):
            not_on_server = self.not_on_server

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if not_on_server is not UNSET:
            field_dict["not_on_server"] = not_on_server

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _not_on_server = d.pop("not_on_server", UNSET)
        if _not_on_server.__class__ is not list:
            _not_on_server = read_list(_not_on_server, "not_on_server", False)
        not_on_server: list[str] | Unset = UNSET
        if _not_on_server is not UNSET:
            not_on_server = _not_on_server
            for _item in _not_on_server:
                if _item.__class__ is not str:
                    not_on_server = read_items(_not_on_server, "not_on_server_item", "string")
                    break

        ea_4_list_profiles_data_custom_item_validation_data = _new_instance(cls)
        ea_4_list_profiles_data_custom_item_validation_data.not_on_server = not_on_server

        ea_4_list_profiles_data_custom_item_validation_data.additional_properties = dict(d) if d else {}
        return ea_4_list_profiles_data_custom_item_validation_data

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
