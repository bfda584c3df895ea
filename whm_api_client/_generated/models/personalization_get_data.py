# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_object

if TYPE_CHECKING:
    from ..models.personalization_get_data_personalization import PersonalizationGetDataPersonalization


T = TypeVar("T", bound="PersonalizationGetData")
_new_instance = object.__new__


@_attrs_define
class PersonalizationGetData:
    """
    Attributes:
        personalization (PersonalizationGetDataPersonalization | Unset):
    """

    personalization: PersonalizationGetDataPersonalization | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        personalization: dict[str, Any] | Unset = UNSET
        if not isinstance(self.personalization, Unset):
            personalization = self.personalization.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if personalization is not UNSET:
            field_dict["personalization"] = personalization

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _personalization = d.pop("personalization", UNSET)
        personalization: PersonalizationGetDataPersonalization | Unset
        if _personalization.__class__ is not dict:
            _personalization = read_object(_personalization, "personalization", False)
        personalization = (
            UNSET if _personalization is UNSET else PersonalizationGetDataPersonalization.from_dict(_personalization)
        )

        personalization_get_data = _new_instance(cls)
        personalization_get_data.personalization = personalization

        personalization_get_data.additional_properties = dict(d) if d else {}
        return personalization_get_data

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


from ..models.personalization_get_data_personalization import PersonalizationGetDataPersonalization  # noqa: E402
