# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_value

T = TypeVar("T", bound="GetAvailableApplicationsDataGroupsItemItemsItemSubitemsItem")
_new_instance = object.__new__


@_attrs_define
class GetAvailableApplicationsDataGroupsItemItemsItemSubitemsItem:
    """
    Attributes:
        type_ (str | Unset):
        acl (None | str | Unset):
        breadcrumb (str | Unset):
        dnsonly_ok (None | str | Unset):
        file (str | Unset):
        group (str | Unset):
        itemdesc (str | Unset):
        key (str | Unset):
        parent (int | Unset):
        searchtext (str | Unset):
        target (str | Unset):
        url (str | Unset):
    """

    type_: str | Unset = UNSET
    acl: None | str | Unset = UNSET
    breadcrumb: str | Unset = UNSET
    dnsonly_ok: None | str | Unset = UNSET
    file: str | Unset = UNSET
    group: str | Unset = UNSET
    itemdesc: str | Unset = UNSET
    key: str | Unset = UNSET
    parent: int | Unset = UNSET
    searchtext: str | Unset = UNSET
    target: str | Unset = UNSET
    url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        type_ = self.type_

        acl: None | str | Unset
        if isinstance(self.acl, Unset):
            acl = UNSET
        else:
            acl = self.acl

        breadcrumb = self.breadcrumb

        dnsonly_ok: None | str | Unset
        if isinstance(self.dnsonly_ok, Unset):
            dnsonly_ok = UNSET
        else:
            dnsonly_ok = self.dnsonly_ok

        file = self.file

        group = self.group

        itemdesc = self.itemdesc

        key = self.key

        parent = self.parent

        searchtext = self.searchtext

        target = self.target

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if acl is not UNSET:
            field_dict["acl"] = acl
        if breadcrumb is not UNSET:
            field_dict["breadcrumb"] = breadcrumb
        if dnsonly_ok is not UNSET:
            field_dict["dnsonly_ok"] = dnsonly_ok
        if file is not UNSET:
            field_dict["file"] = file
        if group is not UNSET:
            field_dict["group"] = group
        if itemdesc is not UNSET:
            field_dict["itemdesc"] = itemdesc
        if key is not UNSET:
            field_dict["key"] = key
        if parent is not UNSET:
            field_dict["parent"] = parent
        if searchtext is not UNSET:
            field_dict["searchtext"] = searchtext
        if target is not UNSET:
            field_dict["target"] = target
        if url is not UNSET:
            field_dict["url"] = url

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

        breadcrumb = d.pop("breadcrumb", UNSET)
        if breadcrumb.__class__ is not str:
            breadcrumb = read_value(breadcrumb, "breadcrumb", "string", False)

        dnsonly_ok = d.pop("dnsonly_ok", UNSET)
        if dnsonly_ok.__class__ is not str and dnsonly_ok is not None:
            dnsonly_ok = read_value(dnsonly_ok, "dnsonly_ok", "string", False)

        file = d.pop("file", UNSET)
        if file.__class__ is not str:
            file = read_value(file, "file", "string", False)

        group = d.pop("group", UNSET)
        if group.__class__ is not str:
            group = read_value(group, "group", "string", False)

        itemdesc = d.pop("itemdesc", UNSET)
        if itemdesc.__class__ is not str:
            itemdesc = read_value(itemdesc, "itemdesc", "string", False)

        key = d.pop("key", UNSET)
        if key.__class__ is not str:
            key = read_value(key, "key", "string", False)

        parent = d.pop("parent", UNSET)
        if parent.__class__ is not int:
            parent = read_value(parent, "parent", "integer", False)

        searchtext = d.pop("searchtext", UNSET)
        if searchtext.__class__ is not str:
            searchtext = read_value(searchtext, "searchtext", "string", False)

        target = d.pop("target", UNSET)
        if target.__class__ is not str:
            target = read_value(target, "target", "string", False)

        url = d.pop("url", UNSET)
        if url.__class__ is not str:
            url = read_value(url, "url", "string", False)

        get_available_applications_data_groups_item_items_item_subitems_item = _new_instance(cls)
        get_available_applications_data_groups_item_items_item_subitems_item.type_ = type_
        get_available_applications_data_groups_item_items_item_subitems_item.acl = acl
        get_available_applications_data_groups_item_items_item_subitems_item.breadcrumb = breadcrumb
        get_available_applications_data_groups_item_items_item_subitems_item.dnsonly_ok = dnsonly_ok
        get_available_applications_data_groups_item_items_item_subitems_item.file = file
        get_available_applications_data_groups_item_items_item_subitems_item.group = group
        get_available_applications_data_groups_item_items_item_subitems_item.itemdesc = itemdesc
        get_available_applications_data_groups_item_items_item_subitems_item.key = key
        get_available_applications_data_groups_item_items_item_subitems_item.parent = parent
        get_available_applications_data_groups_item_items_item_subitems_item.searchtext = searchtext
        get_available_applications_data_groups_item_items_item_subitems_item.target = target
        get_available_applications_data_groups_item_items_item_subitems_item.url = url

        get_available_applications_data_groups_item_items_item_subitems_item.additional_properties = (
            dict(d) if d else {}
        )
        return get_available_applications_data_groups_item_items_item_subitems_item

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
