# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetAvailableAuthenticationProvidersDataProvidersItem")


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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        color = d.pop("color", UNSET)
        if color is None:
            color = UNSET
        if not isinstance(color, (str, Unset)):
            raise TypeError(f"field color: expected string, got {type(color).__name__}")

        configured = d.pop("configured", UNSET)
        if configured is None:
            configured = UNSET
        if not isinstance(configured, (int, Unset)):
            raise TypeError(f"field configured: expected integer, got {type(configured).__name__}")

        cpaneld_enabled = d.pop("cpaneld_enabled", UNSET)
        if cpaneld_enabled is None:
            cpaneld_enabled = UNSET
        if not isinstance(cpaneld_enabled, (int, Unset)):
            raise TypeError(f"field cpaneld_enabled: expected integer, got {type(cpaneld_enabled).__name__}")

        cpaneld_link = d.pop("cpaneld_link", UNSET)
        if cpaneld_link is None:
            cpaneld_link = UNSET
        if not isinstance(cpaneld_link, (str, Unset)):
            raise TypeError(f"field cpaneld_link: expected string, got {type(cpaneld_link).__name__}")

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

        id = d.pop("id", UNSET)
        if id is None:
            id = UNSET
        if not isinstance(id, (str, Unset)):
            raise TypeError(f"field id: expected string, got {type(id).__name__}")

        label = d.pop("label", UNSET)
        if label is None:
            label = UNSET
        if not isinstance(label, (str, Unset)):
            raise TypeError(f"field label: expected string, got {type(label).__name__}")

        provider_name = d.pop("provider_name", UNSET)
        if provider_name is None:
            provider_name = UNSET
        if not isinstance(provider_name, (str, Unset)):
            raise TypeError(f"field provider_name: expected string, got {type(provider_name).__name__}")

        textcolor = d.pop("textcolor", UNSET)
        if textcolor is None:
            textcolor = UNSET
        if not isinstance(textcolor, (str, Unset)):
            raise TypeError(f"field textcolor: expected string, got {type(textcolor).__name__}")

        webmaild_enabled = d.pop("webmaild_enabled", UNSET)
        if webmaild_enabled is None:
            webmaild_enabled = UNSET
        if not isinstance(webmaild_enabled, (int, Unset)):
            raise TypeError(f"field webmaild_enabled: expected integer, got {type(webmaild_enabled).__name__}")

        webmaild_link = d.pop("webmaild_link", UNSET)
        if webmaild_link is None:
            webmaild_link = UNSET
        if not isinstance(webmaild_link, (str, Unset)):
            raise TypeError(f"field webmaild_link: expected string, got {type(webmaild_link).__name__}")

        whostmgr_enabled = d.pop("whostmgr_enabled", UNSET)
        if whostmgr_enabled is None:
            whostmgr_enabled = UNSET
        if not isinstance(whostmgr_enabled, (int, Unset)):
            raise TypeError(f"field whostmgr_enabled: expected integer, got {type(whostmgr_enabled).__name__}")

        whostmgrd_link = d.pop("whostmgrd_link", UNSET)
        if whostmgrd_link is None:
            whostmgrd_link = UNSET
        if not isinstance(whostmgrd_link, (str, Unset)):
            raise TypeError(f"field whostmgrd_link: expected string, got {type(whostmgrd_link).__name__}")

        get_available_authentication_providers_data_providers_item = cls(
            color=color,
            configured=configured,
            cpaneld_enabled=cpaneld_enabled,
            cpaneld_link=cpaneld_link,
            display_name=display_name,
            documentation_url=documentation_url,
            icon=icon,
            icon_type=icon_type,
            id=id,
            label=label,
            provider_name=provider_name,
            textcolor=textcolor,
            webmaild_enabled=webmaild_enabled,
            webmaild_link=webmaild_link,
            whostmgr_enabled=whostmgr_enabled,
            whostmgrd_link=whostmgrd_link,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        get_available_authentication_providers_data_providers_item.additional_properties = additional_properties
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
