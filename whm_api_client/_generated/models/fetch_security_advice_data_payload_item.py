# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_object, read_value

if TYPE_CHECKING:
    from ..models.fetch_security_advice_data_payload_item_advice import FetchSecurityAdviceDataPayloadItemAdvice


T = TypeVar("T", bound="FetchSecurityAdviceDataPayloadItem")
_new_instance = object.__new__


@_attrs_define
class FetchSecurityAdviceDataPayloadItem:
    """
    Attributes:
        type_ (str | Unset):
        advice (FetchSecurityAdviceDataPayloadItemAdvice | Unset):
        message (str | Unset):
        module (str | Unset):
    """

    type_: str | Unset = UNSET
    advice: FetchSecurityAdviceDataPayloadItemAdvice | Unset = UNSET
    message: str | Unset = UNSET
    module: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        type_ = self.type_

        advice: dict[str, Any] | Unset = UNSET
        if not isinstance(self.advice, Unset):
            advice = self.advice.to_dict()

        message = self.message

        module = self.module

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if advice is not UNSET:
            field_dict["advice"] = advice
        if message is not UNSET:
            field_dict["message"] = message
        if module is not UNSET:
            field_dict["module"] = module

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

        _advice = d.pop("advice", UNSET)
        advice: FetchSecurityAdviceDataPayloadItemAdvice | Unset
        if _advice.__class__ is not dict:
            _advice = read_object(_advice, "advice", False)
        advice = UNSET if _advice is UNSET else FetchSecurityAdviceDataPayloadItemAdvice.from_dict(_advice)

        message = d.pop("message", UNSET)
        if message.__class__ is not str:
            message = read_value(message, "message", "string", False)

        module = d.pop("module", UNSET)
        if module.__class__ is not str:
            module = read_value(module, "module", "string", False)

        fetch_security_advice_data_payload_item = _new_instance(cls)
        fetch_security_advice_data_payload_item.type_ = type_
        fetch_security_advice_data_payload_item.advice = advice
        fetch_security_advice_data_payload_item.message = message
        fetch_security_advice_data_payload_item.module = module

        fetch_security_advice_data_payload_item.additional_properties = dict(d) if d else {}
        return fetch_security_advice_data_payload_item

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


from ..models.fetch_security_advice_data_payload_item_advice import FetchSecurityAdviceDataPayloadItemAdvice  # noqa: E402
