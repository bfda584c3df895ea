# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetAppconfigApplicationListDataWebmailItem")


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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)
        if name is None:
            name = UNSET
        if not isinstance(name, (str, Unset)):
            raise TypeError(f"field name: expected string, got {type(name).__name__}")

        _acls = d.pop("acls", UNSET)
        acls: list[str] | Unset = UNSET
        if _acls is not None and not isinstance(_acls, Unset):  # null reads as UNSET
            if not isinstance(_acls, list):
                raise TypeError(f"field acls: expected array, got {type(_acls).__name__}")
            acls = []
            for acls_item_data in _acls:
                acls_item = acls_item_data
                if not isinstance(acls_item, (str,)):
                    raise TypeError(f"field acls_item: expected string, got {type(acls_item).__name__}")

                acls.append(acls_item)

        displayname = d.pop("displayname", UNSET)
        if displayname is None:
            displayname = UNSET
        if not isinstance(displayname, (str, Unset)):
            raise TypeError(f"field displayname: expected string, got {type(displayname).__name__}")

        entryurl = d.pop("entryurl", UNSET)
        if entryurl is None:
            entryurl = UNSET
        if not isinstance(entryurl, (str, Unset)):
            raise TypeError(f"field entryurl: expected string, got {type(entryurl).__name__}")

        _features = d.pop("features", UNSET)
        features: list[str] | Unset = UNSET
        if _features is not None and not isinstance(_features, Unset):  # null reads as UNSET
            if not isinstance(_features, list):
                raise TypeError(f"field features: expected array, got {type(_features).__name__}")
            features = []
            for features_item_data in _features:
                features_item = features_item_data
                if not isinstance(features_item, (str,)):
                    raise TypeError(f"field features_item: expected string, got {type(features_item).__name__}")

                features.append(features_item)

        group = d.pop("group", UNSET)
        if group is None:
            group = UNSET
        if not isinstance(group, (str, Unset)):
            raise TypeError(f"field group: expected string, got {type(group).__name__}")

        icon = d.pop("icon", UNSET)
        if icon is None:
            icon = UNSET
        if not isinstance(icon, (str, Unset)):
            raise TypeError(f"field icon: expected string, got {type(icon).__name__}")

        origin = d.pop("origin", UNSET)
        if origin is None:
            origin = UNSET
        if not isinstance(origin, (str, Unset)):
            raise TypeError(f"field origin: expected string, got {type(origin).__name__}")

        php_config = d.pop("phpConfig", UNSET)
        if php_config is None:
            php_config = UNSET
        if not isinstance(php_config, (str, Unset)):
            raise TypeError(f"field phpConfig: expected string, got {type(php_config).__name__}")

        target = d.pop("target", UNSET)
        if target is None:
            target = UNSET
        if not isinstance(target, (str, Unset)):
            raise TypeError(f"field target: expected string, got {type(target).__name__}")

        upgradecall = d.pop("upgradecall", UNSET)
        if upgradecall is None:
            upgradecall = UNSET
        if not isinstance(upgradecall, (str, Unset)):
            raise TypeError(f"field upgradecall: expected string, got {type(upgradecall).__name__}")

        url = d.pop("url", UNSET)
        if url is None:
            url = UNSET
        if not isinstance(url, (str, Unset)):
            raise TypeError(f"field url: expected string, got {type(url).__name__}")

        user = d.pop("user", UNSET)
        if user is None:
            user = UNSET
        if not isinstance(user, (str, Unset)):
            raise TypeError(f"field user: expected string, got {type(user).__name__}")

        get_appconfig_application_list_data_webmail_item = cls(
            name=name,
            acls=acls,
            displayname=displayname,
            entryurl=entryurl,
            features=features,
            group=group,
            icon=icon,
            origin=origin,
            php_config=php_config,
            target=target,
            upgradecall=upgradecall,
            url=url,
            user=user,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        get_appconfig_application_list_data_webmail_item.additional_properties = additional_properties
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
