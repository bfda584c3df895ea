# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_list, read_object

if TYPE_CHECKING:
    from ..models.get_available_applications_data_groups_item import GetAvailableApplicationsDataGroupsItem
    from ..models.get_available_applications_data_raw_item import GetAvailableApplicationsDataRawItem


T = TypeVar("T", bound="GetAvailableApplicationsData")
_new_instance = object.__new__


@_attrs_define
class GetAvailableApplicationsData:
    """
    Attributes:
        groups (list[GetAvailableApplicationsDataGroupsItem] | Unset):
        raw (list[GetAvailableApplicationsDataRawItem] | Unset):
    """

    groups: list[GetAvailableApplicationsDataGroupsItem] | Unset = UNSET
    raw: list[GetAvailableApplicationsDataRawItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        groups: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.groups, Unset):
            groups = []
            for groups_item_data in self.groups:
                groups_item = groups_item_data.to_dict()
                groups.append(groups_item)

        raw: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.raw, Unset):
            raw = []
            for raw_item_data in self.raw:
                raw_item = raw_item_data.to_dict()
                raw.append(raw_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if groups is not UNSET:
            field_dict["groups"] = groups
        if raw is not UNSET:
            field_dict["raw"] = raw

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _groups = d.pop("groups", UNSET)
        if _groups.__class__ is not list:
            _groups = read_list(_groups, "groups", False)
        groups: list[GetAvailableApplicationsDataGroupsItem] | Unset = UNSET
        if _groups is not UNSET:
            groups = []
            for groups_item_data in _groups:
                _groups_item = groups_item_data
                if _groups_item.__class__ is not dict:
                    _groups_item = read_object(_groups_item, "groups_item", True)
                groups_item = GetAvailableApplicationsDataGroupsItem.from_dict(_groups_item)

                groups.append(groups_item)

        _raw = d.pop("raw", UNSET)
        if _raw.__class__ is not list:
            _raw = read_list(_raw, "raw", False)
        raw: list[GetAvailableApplicationsDataRawItem] | Unset = UNSET
        if _raw is not UNSET:
            raw = []
            for raw_item_data in _raw:
                _raw_item = raw_item_data
                if _raw_item.__class__ is not dict:
                    _raw_item = read_object(_raw_item, "raw_item", True)
                raw_item = GetAvailableApplicationsDataRawItem.from_dict(_raw_item)

                raw.append(raw_item)

        get_available_applications_data = _new_instance(cls)
        get_available_applications_data.groups = groups
        get_available_applications_data.raw = raw

        get_available_applications_data.additional_properties = dict(d) if d else {}
        return get_available_applications_data

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


from ..models.get_available_applications_data_groups_item import GetAvailableApplicationsDataGroupsItem  # noqa: E402
from ..models.get_available_applications_data_raw_item import GetAvailableApplicationsDataRawItem  # noqa: E402
