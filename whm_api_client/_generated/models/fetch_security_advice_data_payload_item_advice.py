# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_value

T = TypeVar("T", bound="FetchSecurityAdviceDataPayloadItemAdvice")
_new_instance = object.__new__


@_attrs_define
class FetchSecurityAdviceDataPayloadItemAdvice:
    """
    Attributes:
        type_ (str | Unset):
        key (str | Unset):
        suggestion (None | str | Unset):
        summary (str | Unset):
    """

    type_: str | Unset = UNSET
    key: str | Unset = UNSET
    suggestion: None | str | Unset = UNSET
    summary: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        type_ = self.type_

        key = self.key

        suggestion: None | str | Unset
        if isinstance(self.suggestion, Unset):
            suggestion = UNSET
        else:
            suggestion = self.suggestion

        summary = self.summary

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if key is not UNSET:
            field_dict["key"] = key
        if suggestion is not UNSET:
            field_dict["suggestion"] = suggestion
        if summary is not UNSET:
            field_dict["summary"] = summary

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = d.pop("type", UNSET)
        if type_.__class__ is not str:
            type_ = read_value(type_, "type", "string", False)

        key = d.pop("key", UNSET)
        if key.__class__ is not str:
            key = read_value(key, "key", "string", False)

        suggestion = d.pop("suggestion", UNSET)
        if suggestion.__class__ is not str and suggestion is not None:
            suggestion = read_value(suggestion, "suggestion", "string", False)

        summary = d.pop("summary", UNSET)
        if summary.__class__ is not str:
            summary = read_value(summary, "summary", "string", False)

        fetch_security_advice_data_payload_item_advice = _new_instance(cls)
        fetch_security_advice_data_payload_item_advice.type_ = type_
        fetch_security_advice_data_payload_item_advice.key = key
        fetch_security_advice_data_payload_item_advice.suggestion = suggestion
        fetch_security_advice_data_payload_item_advice.summary = summary

        fetch_security_advice_data_payload_item_advice.additional_properties = dict(d) if d else {}
        return fetch_security_advice_data_payload_item_advice

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
