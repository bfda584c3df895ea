# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_available_applications_data_groups_item_items_item import (
        GetAvailableApplicationsDataGroupsItemItemsItem,
    )


T = TypeVar("T", bound="GetAvailableApplicationsDataGroupsItem")


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

        groupdesc = d.pop("groupdesc", UNSET)
        if groupdesc is None:
            groupdesc = UNSET
        if not isinstance(groupdesc, (str, Unset)):
            raise TypeError(f"field groupdesc: expected string, got {type(groupdesc).__name__}")

        grouporder = d.pop("grouporder", UNSET)
        if grouporder is None:
            grouporder = UNSET
        if not isinstance(grouporder, (int, Unset)):
            raise TypeError(f"field grouporder: expected integer, got {type(grouporder).__name__}")

        imgtype = d.pop("imgtype", UNSET)
        if imgtype is None:
            imgtype = UNSET
        if not isinstance(imgtype, (str, Unset)):
            raise TypeError(f"field imgtype: expected string, got {type(imgtype).__name__}")

        _items = d.pop("items", UNSET)
        items: list[GetAvailableApplicationsDataGroupsItemItemsItem] | Unset = UNSET
        if _items is not None and not isinstance(_items, Unset):  # null reads as UNSET
            if not isinstance(_items, list):
                raise TypeError(f"field items: expected array, got {type(_items).__name__}")
            items = []
            for items_item_data in _items:
                _items_item = items_item_data
                if not isinstance(_items_item, dict):
                    raise TypeError(f"field items_item: expected object, got {type(_items_item).__name__}")
                items_item = GetAvailableApplicationsDataGroupsItemItemsItem.from_dict(_items_item)

                items.append(items_item)

        key = d.pop("key", UNSET)
        if key is None:
            key = UNSET
        if not isinstance(key, (str, Unset)):
            raise TypeError(f"field key: expected string, got {type(key).__name__}")

        searchtext = d.pop("searchtext", UNSET)
        if searchtext is None:
            searchtext = UNSET
        if not isinstance(searchtext, (str, Unset)):
            raise TypeError(f"field searchtext: expected string, got {type(searchtext).__name__}")

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

        get_available_applications_data_groups_item = cls(
            type_=type_,
            acl=acl,
            dnsonly_ok=dnsonly_ok,
            file=file,
            group=group,
            groupdesc=groupdesc,
            grouporder=grouporder,
            imgtype=imgtype,
            items=items,
            key=key,
            searchtext=searchtext,
            subtype=subtype,
            target=target,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        get_available_applications_data_groups_item.additional_properties = additional_properties
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
