# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.api_version import ApiVersion, check_api_version
from ..types import UNSET, Unset, read_object, read_value

if TYPE_CHECKING:
    from ..models.personalization_set_body_personalization import PersonalizationSetBodyPersonalization


T = TypeVar("T", bound="PersonalizationSetBody")
_new_instance = object.__new__


@_attrs_define
class PersonalizationSetBody:
    """
    Attributes:
        api_version (ApiVersion):
        personalization (PersonalizationSetBodyPersonalization):
        store (str | Unset):
    """

    api_version: ApiVersion
    personalization: PersonalizationSetBodyPersonalization
    store: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        api_version: int = self.api_version

        personalization = self.personalization.to_dict()

        store = self.store

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "api.version": api_version,
                "personalization": personalization,
            }
        )
        if store is not UNSET:
            field_dict["store"] = store

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        api_version = check_api_version(d.pop("api.version"))

        _personalization = d.pop("personalization")
        if _personalization.__class__ is not dict:
            _personalization = read_object(_personalization, "personalization", True)
        personalization = PersonalizationSetBodyPersonalization.from_dict(_personalization)

        store = d.pop("store", UNSET)
        if store.__class__ is not str:
            store = read_value(store, "store", "string", False)

        personalization_set_body = _new_instance(cls)
        personalization_set_body.api_version = api_version
        personalization_set_body.personalization = personalization
        personalization_set_body.store = store

        personalization_set_body.additional_properties = dict(d) if d else {}
        return personalization_set_body

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


from ..models.personalization_set_body_personalization import PersonalizationSetBodyPersonalization  # noqa: E402
