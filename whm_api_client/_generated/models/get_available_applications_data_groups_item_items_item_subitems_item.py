# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetAvailableApplicationsDataGroupsItemItemsItemSubitemsItem")


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

        breadcrumb = d.pop("breadcrumb", UNSET)
        if breadcrumb is None:
            breadcrumb = UNSET
        if not isinstance(breadcrumb, (str, Unset)):
            raise TypeError(f"field breadcrumb: expected string, got {type(breadcrumb).__name__}")

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

        itemdesc = d.pop("itemdesc", UNSET)
        if itemdesc is None:
            itemdesc = UNSET
        if not isinstance(itemdesc, (str, Unset)):
            raise TypeError(f"field itemdesc: expected string, got {type(itemdesc).__name__}")

        key = d.pop("key", UNSET)
        if key is None:
            key = UNSET
        if not isinstance(key, (str, Unset)):
            raise TypeError(f"field key: expected string, got {type(key).__name__}")

        parent = d.pop("parent", UNSET)
        if parent is None:
            parent = UNSET
        if not isinstance(parent, (int, Unset)):
            raise TypeError(f"field parent: expected integer, got {type(parent).__name__}")

        searchtext = d.pop("searchtext", UNSET)
        if searchtext is None:
            searchtext = UNSET
        if not isinstance(searchtext, (str, Unset)):
            raise TypeError(f"field searchtext: expected string, got {type(searchtext).__name__}")

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

        get_available_applications_data_groups_item_items_item_subitems_item = cls(
            type_=type_,
            acl=acl,
            breadcrumb=breadcrumb,
            dnsonly_ok=dnsonly_ok,
            file=file,
            group=group,
            itemdesc=itemdesc,
            key=key,
            parent=parent,
            searchtext=searchtext,
            target=target,
            url=url,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        get_available_applications_data_groups_item_items_item_subitems_item.additional_properties = (
            additional_properties
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
