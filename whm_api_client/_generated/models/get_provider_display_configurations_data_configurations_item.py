# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_value

T = TypeVar("T", bound="GetProviderDisplayConfigurationsDataConfigurationsItem")
_new_instance = object.__new__


@_attrs_define
class GetProviderDisplayConfigurationsDataConfigurationsItem:
    """
    Attributes:
        color (str | Unset):
        display_name (str | Unset):
        documentation_url (str | Unset):
        icon (str | Unset):
        icon_type (str | Unset):
        label (str | Unset):
        link (str | Unset):
        provider_name (str | Unset):
        service (str | Unset):
        textcolor (str | Unset):
    """

    color: str | Unset = UNSET
    display_name: str | Unset = UNSET
    documentation_url: str | Unset = UNSET
    icon: str | Unset = UNSET
    icon_type: str | Unset = UNSET
    label: str | Unset = UNSET
    link: str | Unset = UNSET
    provider_name: str | Unset = UNSET
    service: str | Unset = UNSET
    textcolor: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        color = self.color

        display_name = self.display_name

        documentation_url = self.documentation_url

        icon = self.icon

        icon_type = self.icon_type

        label = self.label

        link = self.link

        provider_name = self.provider_name

        service = self.service

        textcolor = self.textcolor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if color is not UNSET:
            field_dict["color"] = color
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if documentation_url is not UNSET:
            field_dict["documentation_url"] = documentation_url
        if icon is not UNSET:
            field_dict["icon"] = icon
        if icon_type is not UNSET:
            field_dict["icon_type"] = icon_type
        if label is not UNSET:
            field_dict["label"] = label
        if link is not UNSET:
            field_dict["link"] = link
        if provider_name is not UNSET:
            field_dict["provider_name"] = provider_name
        if service is not UNSET:
            field_dict["service"] = service
        if textcolor is not UNSET:
            field_dict["textcolor"] = textcolor

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

        label = d.pop("label", UNSET)
        if label.__class__ is not str:
            label = read_value(label, "label", "string", False)

        link = d.pop("link", UNSET)
        if link.__class__ is not str:
            link = read_value(link, "link", "string", False)

        provider_name = d.pop("provider_name", UNSET)
        if provider_name.__class__ is not str:
            provider_name = read_value(provider_name, "provider_name", "string", False)

        service = d.pop("service", UNSET)
        if service.__class__ is not str:
            service = read_value(service, "service", "string", False)

        textcolor = d.pop("textcolor", UNSET)
        if textcolor.__class__ is not str:
            textcolor = read_value(textcolor, "textcolor", "string", False)

        get_provider_display_configurations_data_configurations_item = _new_instance(cls)
        get_provider_display_configurations_data_configurations_item.color = color
        get_provider_display_configurations_data_configurations_item.display_name = display_name
        get_provider_display_configurations_data_configurations_item.documentation_url = documentation_url
        get_provider_display_configurations_data_configurations_item.icon = icon
        get_provider_display_configurations_data_configurations_item.icon_type = icon_type
        get_provider_display_configurations_data_configurations_item.label = label
        get_provider_display_configurations_data_configurations_item.link = link
        get_provider_display_configurations_data_configurations_item.provider_name = provider_name
        get_provider_display_configurations_data_configurations_item.service = service
        get_provider_display_configurations_data_configurations_item.textcolor = textcolor

        get_provider_display_configurations_data_configurations_item.additional_properties = dict(d) if d else {}
        return get_provider_display_configurations_data_configurations_item

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
