# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetProviderDisplayConfigurationsDataConfigurationsItem")


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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        color = d.pop("color", UNSET)
        if color is None:
            color = UNSET
        if not isinstance(color, (str, Unset)):
            raise TypeError(f"field color: expected string, got {type(color).__name__}")

        display_name = d.pop("display_name", UNSET)
        if display_name is None:
            display_name = UNSET
        if not isinstance(display_name, (str, Unset)):
            raise TypeError(f"field display_name: expected string, got {type(display_name).__name__}")

        documentation_url = d.pop("documentation_url", UNSET)
        if documentation_url is None:
            documentation_url = UNSET
        if not isinstance(documentation_url, (str, Unset)):
            raise TypeError(f"field documentation_url: expected string, got {type(documentation_url).__name__}")

        icon = d.pop("icon", UNSET)
        if icon is None:
            icon = UNSET
        if not isinstance(icon, (str, Unset)):
            raise TypeError(f"field icon: expected string, got {type(icon).__name__}")

        icon_type = d.pop("icon_type", UNSET)
        if icon_type is None:
            icon_type = UNSET
        if not isinstance(icon_type, (str, Unset)):
            raise TypeError(f"field icon_type: expected string, got {type(icon_type).__name__}")

        label = d.pop("label", UNSET)
        if label is None:
            label = UNSET
        if not isinstance(label, (str, Unset)):
            raise TypeError(f"field label: expected string, got {type(label).__name__}")

        link = d.pop("link", UNSET)
        if link is None:
            link = UNSET
        if not isinstance(link, (str, Unset)):
            raise TypeError(f"field link: expected string, got {type(link).__name__}")

        provider_name = d.pop("provider_name", UNSET)
        if provider_name is None:
            provider_name = UNSET
        if not isinstance(provider_name, (str, Unset)):
            raise TypeError(f"field provider_name: expected string, got {type(provider_name).__name__}")

        service = d.pop("service", UNSET)
        if service is None:
            service = UNSET
        if not isinstance(service, (str, Unset)):
            raise TypeError(f"field service: expected string, got {type(service).__name__}")

        textcolor = d.pop("textcolor", UNSET)
        if textcolor is None:
            textcolor = UNSET
        if not isinstance(textcolor, (str, Unset)):
            raise TypeError(f"field textcolor: expected string, got {type(textcolor).__name__}")

        get_provider_display_configurations_data_configurations_item = cls(
            color=color,
            display_name=display_name,
            documentation_url=documentation_url,
            icon=icon,
            icon_type=icon_type,
            label=label,
            link=link,
            provider_name=provider_name,
            service=service,
            textcolor=textcolor,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        get_provider_display_configurations_data_configurations_item.additional_properties = additional_properties
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
