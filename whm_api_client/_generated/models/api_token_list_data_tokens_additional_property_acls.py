# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import read_value

T = TypeVar("T", bound="ApiTokenListDataTokensAdditionalPropertyAcls")
_new_instance = object.__new__


@_attrs_define
class ApiTokenListDataTokensAdditionalPropertyAcls:
    additional_properties: dict[str, int] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        api_token_list_data_tokens_additional_property_acls = _new_instance(cls)

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = prop_dict
            if additional_property.__class__ is not int:
                additional_property = read_value(additional_property, "AdditionalProperty", "integer", True)

            additional_properties[prop_name] = additional_property

        api_token_list_data_tokens_additional_property_acls.additional_properties = additional_properties
        return api_token_list_data_tokens_additional_property_acls

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> int:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: int) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
