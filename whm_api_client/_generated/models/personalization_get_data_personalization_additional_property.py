# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PersonalizationGetDataPersonalizationAdditionalProperty")


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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        reason = d.pop("reason", UNSET)

        success = d.pop("success", UNSET)
        if success is None:
            success = UNSET
        if not isinstance(success, (int, Unset)):
            raise TypeError(f"field success: expected integer, got {type(success).__name__}")

        def _parse_value(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                value_type_0 = data
                if not isinstance(value_type_0, (str,)):
                    raise TypeError(f"field value_type_0: expected string, got {type(value_type_0).__name__}")

                return value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            value_type_1 = data
            if value_type_1 is not None:
                raise TypeError(f"field value_type_1: expected null, got {type(value_type_1).__name__}")

            return value_type_1

        value = _parse_value(d.pop("value", UNSET))

        personalization_get_data_personalization_additional_property = cls(
            reason=reason,
            success=success,
            value=value,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        personalization_get_data_personalization_additional_property.additional_properties = additional_properties
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
