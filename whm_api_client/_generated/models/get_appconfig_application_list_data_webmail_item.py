# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_items, read_list, read_value

T = TypeVar("T", bound="GetAppconfigApplicationListDataWebmailItem")
_new_instance = object.__new__


@_attrs_define
class GetAppconfigApplicationListDataWebmailItem:
    """
    Attributes:
        name (str | Unset):
        acls (list[str] | Unset):
        displayname (str | Unset):
        entryurl (str | Unset):
        features (list[str] | Unset):
        group (str | Unset):
        icon (str | Unset):
        origin (str | Unset):
        php_config (str | Unset):
        target (str | Unset):
        upgradecall (str | Unset):
        url (str | Unset):
        user (str | Unset):
    """

    name: str | Unset = UNSET
    acls: list[str] | Unset = UNSET
    displayname: str | Unset = UNSET
    entryurl: str | Unset = UNSET
    features: list[str] | Unset = UNSET
    group: str | Unset = UNSET
    icon: str | Unset = UNSET
    origin: str | Unset = UNSET
    php_config: str | Unset = UNSET
    target: str | Unset = UNSET
    upgradecall: str | Unset = UNSET
    url: str | Unset = UNSET
    user: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        name = self.name

        acls: list[str] | Unset = UNSET
        if not isinstance(self.acls, Unset):
            acls = self.acls

        displayname = self.displayname

        entryurl = self.entryurl

        features: list[str] | Unset = UNSET
        if not isinstance(self.features, Unset):
            features = self.features

        group = self.group

        icon = self.icon

        origin = self.origin

        php_config = self.php_config

        target = self.target

        upgradecall = self.upgradecall

        url = self.url

        user = self.user

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if acls is not UNSET:
            field_dict["acls"] = acls
        if displayname is not UNSET:
            field_dict["displayname"] = displayname
        if entryurl is not UNSET:
            field_dict["entryurl"] = entryurl
        if features is not UNSET:
            field_dict["features"] = features
        if group is not UNSET:
            field_dict["group"] = group
        if icon is not UNSET:
            field_dict["icon"] = icon
        if origin is not UNSET:
            field_dict["origin"] = origin
        if php_config is not UNSET:
            field_dict["phpConfig"] = php_config
        if target is not UNSET:
            field_dict["target"] = target
        if upgradecall is not UNSET:
            field_dict["upgradecall"] = upgradecall
        if url is not UNSET:
            field_dict["url"] = url
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)
        if name.__class__ is not str:
            name = read_value(name, "name", "string", False)

        _acls = d.pop("acls", UNSET)
        if _acls.__class__ is not list:
            _acls = read_list(_acls, "acls", False)
        acls: list[str] | Unset = UNSET
        if _acls is not UNSET:
            acls = _acls
            for _item in _acls:
                if _item.__class__ is not str:
                    acls = read_items(_acls, "acls_item", "string")
                    break

        displayname = d.pop("displayname", UNSET)
        if displayname.__class__ is not str:
            displayname = read_value(displayname, "displayname", "string", False)

        entryurl = d.pop("entryurl", UNSET)
        if entryurl.__class__ is not str:
            entryurl = read_value(entryurl, "entryurl", "string", False)

        _features = d.pop("features", UNSET)
        if _features.__class__ is not list:
            _features = read_list(_features, "features", False)
        features: list[str] | Unset = UNSET
        if _features is not UNSET:
            features = _features
            for _item in _features:
                if _item.__class__ is not str:
                    features = read_items(_features, "features_item", "string")
                    break

        group = d.pop("group", UNSET)
        if group.__class__ is not str:
            group = read_value(group, "group", "string", False)

        icon = d.pop("icon", UNSET)
        if icon.__class__ is not str:
            icon = read_value(icon, "icon", "string", False)

        origin = d.pop("origin", UNSET)
        if origin.__class__ is not str:
            origin = read_value(origin, "origin", "string", False)

        php_config = d.pop("phpConfig", UNSET)
        if php_config.__class__ is not str:
            php_config = read_value(php_config, "phpConfig", "string", False)

        target = d.pop("target", UNSET)
        if target.__class__ is not str:
            target = read_value(target, "target", "string", False)

        upgradecall = d.pop("upgradecall", UNSET)
        if upgradecall.__class__ is not str:
            upgradecall = read_value(upgradecall, "upgradecall", "string", False)

        url = d.pop("url", UNSET)
        if url.__class__ is not str:
            url = read_value(url, "url", "string", False)

        user = d.pop("user", UNSET)
        if user.__class__ is not str:
            user = read_value(user, "user", "string", False)

        get_appconfig_application_list_data_webmail_item = _new_instance(cls)
        get_appconfig_application_list_data_webmail_item.name = name
        get_appconfig_application_list_data_webmail_item.acls = acls
        get_appconfig_application_list_data_webmail_item.displayname = displayname
        get_appconfig_application_list_data_webmail_item.entryurl = entryurl
        get_appconfig_application_list_data_webmail_item.features = features
        get_appconfig_application_list_data_webmail_item.group = group
        get_appconfig_application_list_data_webmail_item.icon = icon
        get_appconfig_application_list_data_webmail_item.origin = origin
        get_appconfig_application_list_data_webmail_item.php_config = php_config
        get_appconfig_application_list_data_webmail_item.target = target
        get_appconfig_application_list_data_webmail_item.upgradecall = upgradecall
        get_appconfig_application_list_data_webmail_item.url = url
        get_appconfig_application_list_data_webmail_item.user = user

        get_appconfig_application_list_data_webmail_item.additional_properties = dict(d) if d else {}
        return get_appconfig_application_list_data_webmail_item

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
