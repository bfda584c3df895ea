# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_list, read_object, read_value

if TYPE_CHECKING:
    from ..models.get_available_applications_data_groups_item_items_item import (
        GetAvailableApplicationsDataGroupsItemItemsItem,
    )


T = TypeVar("T", bound="GetAvailableApplicationsDataGroupsItem")
_new_instance = object.__new__


@_attrs_define
class GetAvailableApplicationsDataGroupsItem:
    """
    Attributes:
        type_ (str | Unset):
        acl (None | str | Unset):
        dnsonly_ok (None | str | Unset):
        file (str | Unset):
        group (str | Unset):
        groupdesc (str | Unset):
        grouporder (int | Unset):
        imgtype (str | Unset):
        items (list[GetAvailableApplicationsDataGroupsItemItemsItem] | Unset):
        key (str | Unset):
        searchtext (str | Unset):
        subtype (str | Unset):
        target (str | Unset):
    """

    type_: str | Unset = UNSET
    acl: None | str | Unset = UNSET
    dnsonly_ok: None | str | Unset = UNSET
    file: str | Unset = UNSET
    group: str | Unset = UNSET
    groupdesc: str | Unset = UNSET
    grouporder: int | Unset = UNSET
    imgtype: str | Unset = UNSET
    items: list[GetAvailableApplicationsDataGroupsItemItemsItem] | Unset = UNSET
    key: str | Unset = UNSET
    searchtext: str | Unset = UNSET
    subtype: str | Unset = UNSET
    target: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        type_ = self.type_

        acl: None | str | Unset
        if isinstance(self.acl, Unset):
            acl = UNSET
        else:
            acl = self.acl

        dnsonly_ok: None | str | Unset
        if isinstance(self.dnsonly_ok, Unset):
            dnsonly_ok = UNSET
        else:
            dnsonly_ok = self.dnsonly_ok

        file = self.file

        group = self.group

        groupdesc = self.groupdesc

        grouporder = self.grouporder

        imgtype = self.imgtype

        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
                items_item = items_item_data.to_dict()
                items.append(items_item)

        key = self.key

        searchtext = self.searchtext

        subtype = self.subtype

        target = self.target

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if acl is not UNSET:
            field_dict["acl"] = acl
        if dnsonly_ok is not UNSET:
            field_dict["dnsonly_ok"] = dnsonly_ok
        if file is not UNSET:
            field_dict["file"] = file
        if group is not UNSET:
            field_dict["group"] = group
        if groupdesc is not UNSET:
            field_dict["groupdesc"] = groupdesc
        if grouporder is not UNSET:
            field_dict["grouporder"] = grouporder
        if imgtype is not UNSET:
            field_dict["imgtype"] = imgtype
        if items is not UNSET:
            field_dict["items"] = items
        if key is not UNSET:
            field_dict["key"] = key
        if searchtext is not UNSET:
            field_dict["searchtext"] = searchtext
        if subtype is not UNSET:
            field_dict["subtype"] = subtype
        if target is not UNSET:
            field_dict["target"] = target

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = d.pop("type", UNSET)
        if type_.__class__ is not str:
            type_ = read_value(type_, "type", "string", False)

        acl = d.pop("acl", UNSET)
        if acl.__class__ is not str and acl is not None:
            acl = read_value(acl, "acl", "string", False)

        dnsonly_ok = d.pop("dnsonly_ok", UNSET)
        if dnsonly_ok.__class__ is not str and dnsonly_ok is not None:
            dnsonly_ok = read_value(dnsonly_ok, "dnsonly_ok", "string", False)

        file = d.pop("file", UNSET)
        if file.__class__ is not str:
            file = read_value(file, "file", "string", False)

        group = d.pop("group", UNSET)
        if group.__class__ is not str:
            group = read_value(group, "group", "string", False)

        groupdesc = d.pop("groupdesc", UNSET)
        if groupdesc.__class__ is not str:
            groupdesc = read_value(groupdesc, "groupdesc", "string", False)

        grouporder = d.pop("grouporder", UNSET)
        if grouporder.__class__ is not int:
            grouporder = read_value(grouporder, "grouporder", "integer", False)

        imgtype = d.pop("imgtype", UNSET)
        if imgtype.__class__ is not str:
            imgtype = read_value(imgtype, "imgtype", "string", False)

        _items = d.pop("items", UNSET)
        if _items.__class__ is not list:
            _items = read_list(_items, "items", False)
        items: list[GetAvailableApplicationsDataGroupsItemItemsItem] | Unset = UNSET
        if _items is not UNSET:
            items = []
            for items_item_data in _items:
                _items_item = items_item_data
                if _items_item.__class__ is not dict:
                    _items_item = read_object(_items_item, "items_item", True)
                items_item = GetAvailableApplicationsDataGroupsItemItemsItem.from_dict(_items_item)

                items.append(items_item)

        key = d.pop("key", UNSET)
        if key.__class__ is not str:
            key = read_value(key, "key", "string", False)

        searchtext = d.pop("searchtext", UNSET)
        if searchtext.__class__ is not str:
            searchtext = read_value(searchtext, "searchtext", "string", False)

        subtype = d.pop("subtype", UNSET)
        if subtype.__class__ is not str:
            subtype = read_value(subtype, "subtype", "string", False)

        target = d.pop("target", UNSET)
        if target.__class__ is not str:
            target = read_value(target, "target", "string", False)

        get_available_applications_data_groups_item = _new_instance(cls)
        get_available_applications_data_groups_item.type_ = type_
        get_available_applications_data_groups_item.acl = acl
        get_available_applications_data_groups_item.dnsonly_ok = dnsonly_ok
        get_available_applications_data_groups_item.file = file
        get_available_applications_data_groups_item.group = group
        get_available_applications_data_groups_item.groupdesc = groupdesc
        get_available_applications_data_groups_item.grouporder = grouporder
        get_available_applications_data_groups_item.imgtype = imgtype
        get_available_applications_data_groups_item.items = items
        get_available_applications_data_groups_item.key = key
        get_available_applications_data_groups_item.searchtext = searchtext
        get_available_applications_data_groups_item.subtype = subtype
        get_available_applications_data_groups_item.target = target

        get_available_applications_data_groups_item.additional_properties = dict(d) if d else {}
        return get_available_applications_data_groups_item

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


from ..models.get_available_applications_data_groups_item_items_item import (
    GetAvailableApplicationsDataGroupsItemItemsItem,  # noqa: E402
)
