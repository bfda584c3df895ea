# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
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
from ..types import read_value

T = TypeVar("T", bound="UpdateCustomizationsBody")
_new_instance = object.__new__


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
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
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

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        application = check_update_customizations_body_application(d.pop("application"))

        data = d.pop("data")
        if data.__class__ is not str:
            data = read_value(data, "data", "string", True)

        theme = check_update_customizations_body_theme(d.pop("theme"))

        update_customizations_body = _new_instance(cls)
        update_customizations_body.application = application
        update_customizations_body.data = data
        update_customizations_body.theme = theme

        update_customizations_body.additional_properties = dict(d) if d else {}
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
