# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_available_applications_data_groups_item_items_item_subitems_item import (
        GetAvailableApplicationsDataGroupsItemItemsItemSubitemsItem,
    )


T = TypeVar("T", bound="GetAvailableApplicationsDataGroupsItemItemsItem")


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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = d.pop("type", UNSET)
        if type_ is None:
            type_ = UNSET
        if not isinstance(type_, (str, Unset)):
            raise TypeError(f"field type: expected string, got {type(type_).__name__}")

        def _parse_acl(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                acl_type_0 = data
                if not isinstance(acl_type_0, (str,)):
                    raise TypeError(f"field acl_type_0: expected string, got {type(acl_type_0).__name__}")

                return acl_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            acl_type_1 = data
            if acl_type_1 is not None:
                raise TypeError(f"field acl_type_1: expected null, got {type(acl_type_1).__name__}")

            return acl_type_1

        acl = _parse_acl(d.pop("acl", UNSET))

        description = d.pop("description", UNSET)
        if description is None:
            description = UNSET
        if not isinstance(description, (str, Unset)):
            raise TypeError(f"field description: expected string, got {type(description).__name__}")

        def _parse_dnsonly_ok(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                dnsonly_ok_type_0 = data
                if not isinstance(dnsonly_ok_type_0, (str,)):
                    raise TypeError(f"field dnsonly_ok_type_0: expected string, got {type(dnsonly_ok_type_0).__name__}")

                return dnsonly_ok_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            dnsonly_ok_type_1 = data
            if dnsonly_ok_type_1 is not None:
                raise TypeError(f"field dnsonly_ok_type_1: expected null, got {type(dnsonly_ok_type_1).__name__}")

            return dnsonly_ok_type_1

        dnsonly_ok = _parse_dnsonly_ok(d.pop("dnsonly_ok", UNSET))

        file = d.pop("file", UNSET)
        if file is None:
            file = UNSET
        if not isinstance(file, (str, Unset)):
            raise TypeError(f"field file: expected string, got {type(file).__name__}")

        group = d.pop("group", UNSET)
        if group is None:
            group = UNSET
        if not isinstance(group, (str, Unset)):
            raise TypeError(f"field group: expected string, got {type(group).__name__}")

        imgtype = d.pop("imgtype", UNSET)
        if imgtype is None:
            imgtype = UNSET
        if not isinstance(imgtype, (str, Unset)):
            raise TypeError(f"field imgtype: expected string, got {type(imgtype).__name__}")

        itemdesc = d.pop("itemdesc", UNSET)
        if itemdesc is None:
            itemdesc = UNSET
        if not isinstance(itemdesc, (str, Unset)):
            raise TypeError(f"field itemdesc: expected string, got {type(itemdesc).__name__}")

        itemorder = d.pop("itemorder", UNSET)
        if itemorder is None:
            itemorder = UNSET
        if not isinstance(itemorder, (int, Unset)):
            raise TypeError(f"field itemorder: expected integer, got {type(itemorder).__name__}")

        key = d.pop("key", UNSET)
        if key is None:
            key = UNSET
        if not isinstance(key, (str, Unset)):
            raise TypeError(f"field key: expected string, got {type(key).__name__}")

        minimum_accounts_needed = d.pop("minimum_accounts_needed", UNSET)
        if minimum_accounts_needed is None:
            minimum_accounts_needed = UNSET
        if not isinstance(minimum_accounts_needed, (int, Unset)):
            raise TypeError(
                f"field minimum_accounts_needed: expected integer, got {type(minimum_accounts_needed).__name__}"
            )

        multiuser_required = d.pop("multiuser_required", UNSET)
        if multiuser_required is None:
            multiuser_required = UNSET
        if not isinstance(multiuser_required, (int, Unset)):
            raise TypeError(f"field multiuser_required: expected integer, got {type(multiuser_required).__name__}")

        role = d.pop("role", UNSET)

        searchtext = d.pop("searchtext", UNSET)
        if searchtext is None:
            searchtext = UNSET
        if not isinstance(searchtext, (str, Unset)):
            raise TypeError(f"field searchtext: expected string, got {type(searchtext).__name__}")

        service = d.pop("service", UNSET)

        _subitems = d.pop("subitems", UNSET)
        subitems: list[GetAvailableApplicationsDataGroupsItemItemsItemSubitemsItem] | Unset = UNSET
        if _subitems is not None and not isinstance(_subitems, Unset):  # null reads as UNSET
            if not isinstance(_subitems, list):
                raise TypeError(f"field subitems: expected array, got {type(_subitems).__name__}")
            subitems = []
            for subitems_item_data in _subitems:
                _subitems_item = subitems_item_data
                if not isinstance(_subitems_item, dict):
                    raise TypeError(f"field subitems_item: expected object, got {type(_subitems_item).__name__}")
                subitems_item = GetAvailableApplicationsDataGroupsItemItemsItemSubitemsItem.from_dict(_subitems_item)

                subitems.append(subitems_item)

        subtype = d.pop("subtype", UNSET)
        if subtype is None:
            subtype = UNSET
        if not isinstance(subtype, (str, Unset)):
            raise TypeError(f"field subtype: expected string, got {type(subtype).__name__}")

        target = d.pop("target", UNSET)
        if target is None:
            target = UNSET
        if not isinstance(target, (str, Unset)):
            raise TypeError(f"field target: expected string, got {type(target).__name__}")

        url = d.pop("url", UNSET)
        if url is None:
            url = UNSET
        if not isinstance(url, (str, Unset)):
            raise TypeError(f"field url: expected string, got {type(url).__name__}")

        get_available_applications_data_groups_item_items_item = cls(
            type_=type_,
            acl=acl,
            description=description,
            dnsonly_ok=dnsonly_ok,
            file=file,
            group=group,
            imgtype=imgtype,
            itemdesc=itemdesc,
            itemorder=itemorder,
            key=key,
            minimum_accounts_needed=minimum_accounts_needed,
            multiuser_required=multiuser_required,
            role=role,
            searchtext=searchtext,
            service=service,
            subitems=subitems,
            subtype=subtype,
            target=target,
            url=url,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        get_available_applications_data_groups_item_items_item.additional_properties = additional_properties
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
