# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.personalization_get_data_personalization_additional_properties import (
        PersonalizationGetDataPersonalizationAdditionalProperties,
    )


T = TypeVar("T", bound="PersonalizationGetDataPersonalization")


@_attrs_define
class PersonalizationGetDataPersonalization:
    """
    Attributes:
        additional_properties (PersonalizationGetDataPersonalizationAdditionalProperties | Unset):
    """

    additional_properties: PersonalizationGetDataPersonalizationAdditionalProperties | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        additional_properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.additional_properties, Unset):
            additional_properties = self.additional_properties.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if additional_properties is not UNSET:
            field_dict["additionalProperties"] = additional_properties

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.personalization_get_data_personalization_additional_properties import (
            PersonalizationGetDataPersonalizationAdditionalProperties,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _additional_properties = d.pop("additionalProperties", UNSET)
        additional_properties: PersonalizationGetDataPersonalizationAdditionalProperties | Unset
        if isinstance(_additional_properties, Unset):
            additional_properties = UNSET
        else:
            if not isinstance(_additional_properties, dict):
                raise TypeError(
                    f"field additionalProperties: expected object, got {type(_additional_properties).__name__}"
                )
            additional_properties = PersonalizationGetDataPersonalizationAdditionalProperties.from_dict(
                _additional_properties
            )

        personalization_get_data_personalization = cls(
            additional_properties=additional_properties,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        personalization_get_data_personalization.additional_properties = additional_properties
        return personalization_get_data_personalization

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
