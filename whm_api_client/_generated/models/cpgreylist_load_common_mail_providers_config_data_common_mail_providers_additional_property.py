# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_value

T = TypeVar("T", bound="CpgreylistLoadCommonMailProvidersConfigDataCommonMailProvidersAdditionalProperty")
_new_instance = object.__new__


@_attrs_define
class CpgreylistLoadCommonMailProvidersConfigDataCommonMailProvidersAdditionalProperty:
    """
    Attributes:
        autoupdate (int | Unset):
        display_name (str | Unset):
        is_trusted (int | Unset):
    """

    autoupdate: int | Unset = UNSET
    display_name: str | Unset = UNSET
    is_trusted: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        autoupdate = self.autoupdate

        display_name = self.display_name

        is_trusted = self.is_trusted

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if autoupdate is not UNSET:
            field_dict["autoupdate"] = autoupdate
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if is_trusted is not UNSET:
            field_dict["is_trusted"] = is_trusted

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        autoupdate = d.pop("autoupdate", UNSET)
        if autoupdate.__class__ is not int:
            autoupdate = read_value(autoupdate, "autoupdate", "integer", False)

        display_name = d.pop("display_name", UNSET)
        if display_name.__class__ is not str:
            display_name = read_value(display_name, "display_name", "string", False)

        is_trusted = d.pop("is_trusted", UNSET)
        if is_trusted.__class__ is not int:
            is_trusted = read_value(is_trusted, "is_trusted", "integer", False)

        cpgreylist_load_common_mail_providers_config_data_common_mail_providers_additional_property = _new_instance(cls)
        cpgreylist_load_common_mail_providers_config_data_common_mail_providers_additional_property.autoupdate = (
            autoupdate
        )
        cpgreylist_load_common_mail_providers_config_data_common_mail_providers_additional_property.display_name = (
            display_name
        )
        cpgreylist_load_common_mail_providers_config_data_common_mail_providers_additional_property.is_trusted = (
            is_trusted
        )

        cpgreylist_load_common_mail_providers_config_data_common_mail_providers_additional_property.additional_properties = (
            dict(d) if d else {}
        )
        return cpgreylist_load_common_mail_providers_config_data_common_mail_providers_additional_property

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
