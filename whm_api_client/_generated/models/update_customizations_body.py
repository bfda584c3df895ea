# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.update_customizations_body_application import (
    UpdateCustomizationsBodyApplication,
    check_update_customizations_body_application,
)
from ..models.update_customizations_body_theme import (
    UpdateCustomizationsBodyTheme,
    check_update_customizations_body_theme,
)

T = TypeVar("T", bound="UpdateCustomizationsBody")


@_attrs_define
class UpdateCustomizationsBody:
    """
    Attributes:
        application (UpdateCustomizationsBodyApplication):
        data (str):
        theme (UpdateCustomizationsBodyTheme):
    """

    application: UpdateCustomizationsBodyApplication
    data: str
    theme: UpdateCustomizationsBodyTheme
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        application: str = self.application

        data = self.data

        theme: str = self.theme

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "application": application,
                "data": data,
                "theme": theme,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        application = check_update_customizations_body_application(d.pop("application"))

        data = d.pop("data")
        if not isinstance(data, (str,)):
            raise TypeError(f"field data: expected string, got {type(data).__name__}")

        theme = check_update_customizations_body_theme(d.pop("theme"))

        update_customizations_body = cls(
            application=application,
            data=data,
            theme=theme,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        update_customizations_body.additional_properties = additional_properties
        return update_customizations_body

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
