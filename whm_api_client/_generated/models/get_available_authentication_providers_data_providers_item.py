# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_value

T = TypeVar("T", bound="GetAvailableAuthenticationProvidersDataProvidersItem")
_new_instance = object.__new__


@_attrs_define
class GetAvailableAuthenticationProvidersDataProvidersItem:
    """
    Attributes:
        color (str | Unset):
        configured (int | Unset):
        cpaneld_enabled (int | Unset):
        cpaneld_link (str | Unset):
        display_name (str | Unset):
        documentation_url (str | Unset):
        icon (str | Unset):
        icon_type (str | Unset):
        id (str | Unset):
        label (str | Unset):
        provider_name (str | Unset):
        textcolor (str | Unset):
        webmaild_enabled (int | Unset):
        webmaild_link (str | Unset):
        whostmgr_enabled (int | Unset):
        whostmgrd_link (str | Unset):
    """

    color: str | Unset = UNSET
    configured: int | Unset = UNSET
    cpaneld_enabled: int | Unset = UNSET
    cpaneld_link: str | Unset = UNSET
    display_name: str | Unset = UNSET
    documentation_url: str | Unset = UNSET
    icon: str | Unset = UNSET
    icon_type: str | Unset = UNSET
    id: str | Unset = UNSET
    label: str | Unset = UNSET
    provider_name: str | Unset = UNSET
    textcolor: str | Unset = UNSET
    webmaild_enabled: int | Unset = UNSET
    webmaild_link: str | Unset = UNSET
    whostmgr_enabled: int | Unset = UNSET
    whostmgrd_link: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        color = self.color

        configured = self.configured

        cpaneld_enabled = self.cpaneld_enabled

        cpaneld_link = self.cpaneld_link

        display_name = self.display_name

        documentation_url = self.documentation_url

        icon = self.icon

        icon_type = self.icon_type

        id = self.id

        label = self.label

        provider_name = self.provider_name

        textcolor = self.textcolor

        webmaild_enabled = self.webmaild_enabled

        webmaild_link = self.webmaild_link

        whostmgr_enabled = self.whostmgr_enabled

        whostmgrd_link = self.whostmgrd_link

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if color is not UNSET:
            field_dict["color"] = color
        if configured is not UNSET:
            field_dict["configured"] = configured
        if cpaneld_enabled is not UNSET:
            field_dict["cpaneld_enabled"] = cpaneld_enabled
        if cpaneld_link is not UNSET:
            field_dict["cpaneld_link"] = cpaneld_link
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if documentation_url is not UNSET:
            field_dict["documentation_url"] = documentation_url
        if icon is not UNSET:
            field_dict["icon"] = icon
        if icon_type is not UNSET:
            field_dict["icon_type"] = icon_type
        if id is not UNSET:
            field_dict["id"] = id
        if label is not UNSET:
            field_dict["label"] = label
        if provider_name is not UNSET:
            field_dict["provider_name"] = provider_name
        if textcolor is not UNSET:
            field_dict["textcolor"] = textcolor
        if webmaild_enabled is not UNSET:
            field_dict["webmaild_enabled"] = webmaild_enabled
        if webmaild_link is not UNSET:
            field_dict["webmaild_link"] = webmaild_link
        if whostmgr_enabled is not UNSET:
            field_dict["whostmgr_enabled"] = whostmgr_enabled
        if whostmgrd_link is not UNSET:
            field_dict["whostmgrd_link"] = whostmgrd_link

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        color = d.pop("color", UNSET)
        if color.__class__ is not str:
            color = read_value(color, "color", "string", False)

        configured = d.pop("configured", UNSET)
        if configured.__class__ is not int:
            configured = read_value(configured, "configured", "integer", False)

        cpaneld_enabled = d.pop("cpaneld_enabled", UNSET)
        if cpaneld_enabled.__class__ is not int:
            cpaneld_enabled = read_value(cpaneld_enabled, "cpaneld_enabled", "integer", False)

        cpaneld_link = d.pop("cpaneld_link", UNSET)
        if cpaneld_link.__class__ is not str:
            cpaneld_link = read_value(cpaneld_link, "cpaneld_link", "string", False)

        display_name = d.pop("display_name", UNSET)
        if display_name.__class__ is not str:
            display_name = read_value(display_name, "display_name", "string", False)

        documentation_url = d.pop("documentation_url", UNSET)
        if documentation_url.__class__ is not str:
            documentation_url = read_value(documentation_url, "documentation_url", "string", False)

        icon = d.pop("icon", UNSET)
        if icon.__class__ is not str:
            icon = read_value(icon, "icon", "string", False)

        icon_type = d.pop("icon_type", UNSET)
        if icon_type.__class__ is not str:
            icon_type = read_value(icon_type, "icon_type", "string", False)

        id = d.pop("id", UNSET)
        if id.__class__ is not str:
            id = read_value(id, "id", "string", False)

        label = d.pop("label", UNSET)
        if label.__class__ is not str:
            label = read_value(label, "label", "string", False)

        provider_name = d.pop("provider_name", UNSET)
        if provider_name.__class__ is not str:
            provider_name = read_value(provider_name, "provider_name", "string", False)

        textcolor = d.pop("textcolor", UNSET)
        if textcolor.__class__ is not str:
            textcolor = read_value(textcolor, "textcolor", "string", False)

        webmaild_enabled = d.pop("webmaild_enabled", UNSET)
        if webmaild_enabled.__class__ is not int:
            webmaild_enabled = read_value(webmaild_enabled, "webmaild_enabled", "integer", False)

        webmaild_link = d.pop("webmaild_link", UNSET)
        if webmaild_link.__class__ is not str:
            webmaild_link = read_value(webmaild_link, "webmaild_link", "string", False)

        whostmgr_enabled = d.pop("whostmgr_enabled", UNSET)
        if whostmgr_enabled.__class__ is not int:
            whostmgr_enabled = read_value(whostmgr_enabled, "whostmgr_enabled", "integer", False)

        whostmgrd_link = d.pop("whostmgrd_link", UNSET)
        if whostmgrd_link.__class__ is not str:
            whostmgrd_link = read_value(whostmgrd_link, "whostmgrd_link", "string", False)

        get_available_authentication_providers_data_providers_item = _new_instance(cls)
        get_available_authentication_providers_data_providers_item.color = color
        get_available_authentication_providers_data_providers_item.configured = configured
        get_available_authentication_providers_data_providers_item.cpaneld_enabled = cpaneld_enabled
        get_available_authentication_providers_data_providers_item.cpaneld_link = cpaneld_link
        get_available_authentication_providers_data_providers_item.display_name = display_name
        get_available_authentication_providers_data_providers_item.documentation_url = documentation_url
        get_available_authentication_providers_data_providers_item.icon = icon
        get_available_authentication_providers_data_providers_item.icon_type = icon_type
        get_available_authentication_providers_data_providers_item.id = id
        get_available_authentication_providers_data_providers_item.label = label
        get_available_authentication_providers_data_providers_item.provider_name = provider_name
        get_available_authentication_providers_data_providers_item.textcolor = textcolor
        get_available_authentication_providers_data_providers_item.webmaild_enabled = webmaild_enabled
        get_available_authentication_providers_data_providers_item.webmaild_link = webmaild_link
        get_available_authentication_providers_data_providers_item.whostmgr_enabled = whostmgr_enabled
        get_available_authentication_providers_data_providers_item.whostmgrd_link = whostmgrd_link

        get_available_authentication_providers_data_providers_item.additional_properties = dict(d) if d else {}
        return get_available_authentication_providers_data_providers_item

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
