# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FetchSecurityAdviceDataPayloadItemAdvice")


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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = d.pop("type", UNSET)
        if type_ is None:
            type_ = UNSET
        if not isinstance(type_, (str, Unset)):
            raise TypeError(f"field type: expected string, got {type(type_).__name__}")

        key = d.pop("key", UNSET)
        if key is None:
            key = UNSET
        if not isinstance(key, (str, Unset)):
            raise TypeError(f"field key: expected string, got {type(key).__name__}")

        def _parse_suggestion(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                suggestion_type_0 = data
                if not isinstance(suggestion_type_0, (str,)):
                    raise TypeError(f"field suggestion_type_0: expected string, got {type(suggestion_type_0).__name__}")

                return suggestion_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            suggestion_type_1 = data
            if suggestion_type_1 is not None:
                raise TypeError(f"field suggestion_type_1: expected null, got {type(suggestion_type_1).__name__}")

            return suggestion_type_1

        suggestion = _parse_suggestion(d.pop("suggestion", UNSET))

        summary = d.pop("summary", UNSET)
        if summary is None:
            summary = UNSET
        if not isinstance(summary, (str, Unset)):
            raise TypeError(f"field summary: expected string, got {type(summary).__name__}")

        fetch_security_advice_data_payload_item_advice = cls(
            type_=type_,
            key=key,
            suggestion=suggestion,
            summary=summary,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        fetch_security_advice_data_payload_item_advice.additional_properties = additional_properties
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
