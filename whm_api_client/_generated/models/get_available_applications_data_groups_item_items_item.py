# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_list, read_object, read_value

if TYPE_CHECKING:
    from ..models.get_available_applications_data_groups_item_items_item_subitems_item import (
        GetAvailableApplicationsDataGroupsItemItemsItemSubitemsItem,
    )


T = TypeVar("T", bound="GetAvailableApplicationsDataGroupsItemItemsItem")
_new_instance = object.__new__


@_attrs_define
class GetAvailableApplicationsDataGroupsItemItemsItem:
    """
    Attributes:
        type_ (str | Unset):
        acl (None | str | Unset):
        description (str | Unset):
        dnsonly_ok (None | str | Unset):
        file (str | Unset):
        group (str | Unset):
        imgtype (str | Unset):
        itemdesc (str | Unset):
        itemorder (int | Unset):
        key (str | Unset):
        minimum_accounts_needed (int | Unset):
        multiuser_required (int | Unset):
        role (Any | Unset):
        searchtext (str | Unset):
        service (Any | Unset):
        subitems (list[GetAvailableApplicationsDataGroupsItemItemsItemSubitemsItem] | Unset):
        subtype (str | Unset):
        target (str | Unset):
        url (str | Unset):
    """

    type_: str | Unset = UNSET
    acl: None | str | Unset = UNSET
    description: str | Unset = UNSET
    dnsonly_ok: None | str | Unset = UNSET
    file: str | Unset = UNSET
    group: str | Unset = UNSET
    imgtype: str | Unset = UNSET
    itemdesc: str | Unset = UNSET
    itemorder: int | Unset = UNSET
    key: str | Unset = UNSET
    minimum_accounts_needed: int | Unset = UNSET
    multiuser_required: int | Unset = UNSET
    role: Any | Unset = UNSET
    searchtext: str | Unset = UNSET
    service: Any | Unset = UNSET
    subitems: list[GetAvailableApplicationsDataGroupsItemItemsItemSubitemsItem] | Unset = UNSET
    subtype: str | Unset = UNSET
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

        description = self.description

        dnsonly_ok: None | str | Unset
        if isinstance(self.dnsonly_ok, Unset):
            dnsonly_ok = UNSET
        else:
            dnsonly_ok = self.dnsonly_ok

        file = self.file

        group = self.group

        imgtype = self.imgtype

        itemdesc = self.itemdesc

        itemorder = self.itemorder

        key = self.key

        minimum_accounts_needed = self.minimum_accounts_needed

        multiuser_required = self.multiuser_required

        role = self.role

        searchtext = self.searchtext

        service = self.service

        subitems: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.subitems, Unset):
            subitems = []
            for subitems_item_data in self.subitems:
                subitems_item = subitems_item_data.to_dict()
                subitems.append(subitems_item)

        subtype = self.subtype

        target = self.target

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if acl is not UNSET:
            field_dict["acl"] = acl
        if description is not UNSET:
            field_dict["description"] = description
        if dnsonly_ok is not UNSET:
            field_dict["dnsonly_ok"] = dnsonly_ok
        if file is not UNSET:
            field_dict["file"] = file
        if group is not UNSET:
            field_dict["group"] = group
        if imgtype is not UNSET:
            field_dict["imgtype"] = imgtype
        if itemdesc is not UNSET:
            field_dict["itemdesc"] = itemdesc
        if itemorder is not UNSET:
            field_dict["itemorder"] = itemorder
        if key is not UNSET:
            field_dict["key"] = key
        if minimum_accounts_needed is not UNSET:
            field_dict["minimum_accounts_needed"] = minimum_accounts_needed
        if multiuser_required is not UNSET:
            field_dict["multiuser_required"] = multiuser_required
        if role is not UNSET:
            field_dict["role"] = role
        if searchtext is not UNSET:
            field_dict["searchtext"] = searchtext
        if service is not UNSET:
            field_dict["service"] = service
        if subitems is not UNSET:
            field_dict["subitems"] = subitems
        if subtype is not UNSET:
            field_dict["subtype"] = subtype
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

        description = d.pop("description", UNSET)
        if description.__class__ is not str:
            description = read_value(description, "description", "string", False)

        dnsonly_ok = d.pop("dnsonly_ok", UNSET)
        if dnsonly_ok.__class__ is not str and dnsonly_ok is not None:
            dnsonly_ok = read_value(dnsonly_ok, "dnsonly_ok", "string", False)

        file = d.pop("file", UNSET)
        if file.__class__ is not str:
            file = read_value(file, "file", "string", False)

        group = d.pop("group", UNSET)
        if group.__class__ is not str:
            group = read_value(group, "group", "string", False)

        imgtype = d.pop("imgtype", UNSET)
        if imgtype.__class__ is not str:
            imgtype = read_value(imgtype, "imgtype", "string", False)

        itemdesc = d.pop("itemdesc", UNSET)
        if itemdesc.__class__ is not str:
            itemdesc = read_value(itemdesc, "itemdesc", "string", False)

        itemorder = d.pop("itemorder", UNSET)
        if itemorder.__class__ is not int:
            itemorder = read_value(itemorder, "itemorder", "integer", False)

        key = d.pop("key", UNSET)
        if key.__class__ is not str:
            key = read_value(key, "key", "string", False)

        minimum_accounts_needed = d.pop("minimum_accounts_needed", UNSET)
        if minimum_accounts_needed.__class__ is not int:
            minimum_accounts_needed = read_value(minimum_accounts_needed, "minimum_accounts_needed", "integer", False)

        multiuser_required = d.pop("multiuser_required", UNSET)
        if multiuser_required.__class__ is not int:
            multiuser_required = read_value(multiuser_required, "multiuser_required", "integer", False)

        role = d.pop("role", UNSET)

        searchtext = d.pop("searchtext", UNSET)
        if searchtext.__class__ is not str:
            searchtext = read_value(searchtext, "searchtext", "string", False)

        service = d.pop("service", UNSET)

        _subitems = d.pop("subitems", UNSET)
        if _subitems.__class__ is not list:
            _subitems = read_list(_subitems, "subitems", False)
        subitems: list[GetAvailableApplicationsDataGroupsItemItemsItemSubitemsItem] | Unset = UNSET
        if _subitems is not UNSET:
            subitems = []
            for subitems_item_data in _subitems:
                _subitems_item = subitems_item_data
                if _subitems_item.__class__ is not dict:
                    _subitems_item = read_object(_subitems_item, "subitems_item", True)
                subitems_item = GetAvailableApplicationsDataGroupsItemItemsItemSubitemsItem.from_dict(_subitems_item)

                subitems.append(subitems_item)

        subtype = d.pop("subtype", UNSET)
        if subtype.__class__ is not str:
            subtype = read_value(subtype, "subtype", "string", False)

        target = d.pop("target", UNSET)
        if target.__class__ is not str:
            target = read_value(target, "target", "string", False)

        url = d.pop("url", UNSET)
        if url.__class__ is not str:
            url = read_value(url, "url", "string", False)

        get_available_applications_data_groups_item_items_item = _new_instance(cls)
        get_available_applications_data_groups_item_items_item.type_ = type_
        get_available_applications_data_groups_item_items_item.acl = acl
        get_available_applications_data_groups_item_items_item.description = description
        get_available_applications_data_groups_item_items_item.dnsonly_ok = dnsonly_ok
        get_available_applications_data_groups_item_items_item.file = file
        get_available_applications_data_groups_item_items_item.group = group
        get_available_applications_data_groups_item_items_item.imgtype = imgtype
        get_available_applications_data_groups_item_items_item.itemdesc = itemdesc
        get_available_applications_data_groups_item_items_item.itemorder = itemorder
        get_available_applications_data_groups_item_items_item.key = key
        get_available_applications_data_groups_item_items_item.minimum_accounts_needed = minimum_accounts_needed
        get_available_applications_data_groups_item_items_item.multiuser_required = multiuser_required
        get_available_applications_data_groups_item_items_item.role = role
        get_available_applications_data_groups_item_items_item.searchtext = searchtext
        get_available_applications_data_groups_item_items_item.service = service
        get_available_applications_data_groups_item_items_item.subitems = subitems
        get_available_applications_data_groups_item_items_item.subtype = subtype
        get_available_applications_data_groups_item_items_item.target = target
        get_available_applications_data_groups_item_items_item.url = url

        get_available_applications_data_groups_item_items_item.additional_properties = dict(d) if d else {}
        return get_available_applications_data_groups_item_items_item

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


from ..models.get_available_applications_data_groups_item_items_item_subitems_item import (
    GetAvailableApplicationsDataGroupsItemItemsItemSubitemsItem,  # noqa: E402
)
