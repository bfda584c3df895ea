# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.api_version import ApiVersion, check_api_version
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.personalization_set_body_personalization import PersonalizationSetBodyPersonalization


T = TypeVar("T", bound="PersonalizationSetBody")


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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        api_version = check_api_version(d.pop("api.version"))

        _personalization = d.pop("personalization")
        if not isinstance(_personalization, dict):
            raise TypeError(f"field personalization: expected object, got {type(_personalization).__name__}")
        personalization = PersonalizationSetBodyPersonalization.from_dict(_personalization)

        store = d.pop("store", UNSET)
        if store is None:
            store = UNSET
        if not isinstance(store, (str, Unset)):
            raise TypeError(f"field store: expected string, got {type(store).__name__}")

        personalization_set_body = cls(
            api_version=api_version,
            personalization=personalization,
            store=store,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        personalization_set_body.additional_properties = additional_properties
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
