# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_list, read_object

if TYPE_CHECKING:
    from ..models.list_connected_applications_data_list_item import ListConnectedApplicationsDataListItem


T = TypeVar("T", bound="ListConnectedApplicationsData")
_new_instance = object.__new__


@_attrs_define
class ListConnectedApplicationsData:
    """
    Attributes:
        list_ (list[ListConnectedApplicationsDataListItem] | Unset):
    """

    list_: list[ListConnectedApplicationsDataListItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        list_: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.list_, Unset):
            list_ = []
            for list_item_data in self.list_:
                list_item = list_item_data.to_dict()
                list_.append(list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if list_ is not UNSET:
            field_dict["list"] = list_

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _list_ = d.pop("list", UNSET)
        if _list_.__class__ is not list:
            _list_ = read_list(_list_, "list", False)
        list_: list[ListConnectedApplicationsDataListItem] | Unset = UNSET
        if _list_ is not UNSET:
            list_ = []
            for list_item_data in _list_:
                _list_item = list_item_data
                if _list_item.__class__ is not dict:
                    _list_item = read_object(_list_item, "list_item", True)
                list_item = ListConnectedApplicationsDataListItem.from_dict(_list_item)

                list_.append(list_item)

        list_connected_applications_data = _new_instance(cls)
        list_connected_applications_data.list_ = list_

        list_connected_applications_data.additional_properties = dict(d) if d else {}
        return list_connected_applications_data

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


from ..models.list_connected_applications_data_list_item import ListConnectedApplicationsDataListItem  # noqa: E402
