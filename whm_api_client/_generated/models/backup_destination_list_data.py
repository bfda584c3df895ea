# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_list

T = TypeVar("T", bound="BackupDestinationListData")
_new_instance = object.__new__


@_attrs_define
class BackupDestinationListData:
    """
    Attributes:
        destination_list (list[Any] | Unset):
    """

    destination_list: list[Any] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        destination_list: list[Any] | Unset = UNSET
        if not isinstance(self.destination_list, Unset):
            destination_list = self.destination_list

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if destination_list is not UNSET:
            field_dict["destination_list"] = destination_list

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _destination_list = d.pop("destination_list", UNSET)
        if _destination_list.__class__ is not list:
            _destination_list = read_list(_destination_list, "destination_list", False)
        destination_list: list[Any] | Unset = UNSET
        if _destination_list is not UNSET:
            destination_list = []
            for destination_list_item_data in _destination_list:
                destination_list_item = destination_list_item_data

                destination_list.append(destination_list_item)

        backup_destination_list_data = _new_instance(cls)
        backup_destination_list_data.destination_list = destination_list

        backup_destination_list_data.additional_properties = dict(d) if d else {}
        return backup_destination_list_data

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
