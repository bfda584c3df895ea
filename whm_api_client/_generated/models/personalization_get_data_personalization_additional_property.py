# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_value

T = TypeVar("T", bound="PersonalizationGetDataPersonalizationAdditionalProperty")
_new_instance = object.__new__


@_attrs_define
class PersonalizationGetDataPersonalizationAdditionalProperty:
    """
    Attributes:
        reason (Any | Unset):
        success (int | Unset):
        value (None | str | Unset):
    """

    reason: Any | Unset = UNSET
    success: int | Unset = UNSET
    value: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        reason = self.reason

        success = self.success

        value: None | str | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        else:
            value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if reason is not UNSET:
            field_dict["reason"] = reason
        if success is not UNSET:
            field_dict["success"] = success
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        reason = d.pop("reason", UNSET)

        success = d.pop("success", UNSET)
        if success.__class__ is not int:
            success = read_value(success, "success", "integer", False)

        value = d.pop("value", UNSET)
        if value.__class__ is not str and value is not None:
            value = read_value(value, "value", "string", False)

        personalization_get_data_personalization_additional_property = _new_instance(cls)
        personalization_get_data_personalization_additional_property.reason = reason
        personalization_get_data_personalization_additional_property.success = success
        personalization_get_data_personalization_additional_property.value = value

        personalization_get_data_personalization_additional_property.additional_properties = dict(d) if d else {}
        return personalization_get_data_personalization_additional_property

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
