# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fetch_security_advice_data_payload_item_advice import FetchSecurityAdviceDataPayloadItemAdvice


T = TypeVar("T", bound="FetchSecurityAdviceDataPayloadItem")


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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = d.pop("type", UNSET)
        if type_ is None:
            type_ = UNSET
        if not isinstance(type_, (str, Unset)):
            raise TypeError(f"field type: expected string, got {type(type_).__name__}")

        _advice = d.pop("advice", UNSET)
        advice: FetchSecurityAdviceDataPayloadItemAdvice | Unset
        if _advice is None or isinstance(_advice, Unset):  # null reads as UNSET
            advice = UNSET
        else:
            if not isinstance(_advice, dict):
                raise TypeError(f"field advice: expected object, got {type(_advice).__name__}")
            advice = FetchSecurityAdviceDataPayloadItemAdvice.from_dict(_advice)

        message = d.pop("message", UNSET)
        if message is None:
            message = UNSET
        if not isinstance(message, (str, Unset)):
            raise TypeError(f"field message: expected string, got {type(message).__name__}")

        module = d.pop("module", UNSET)
        if module is None:
            module = UNSET
        if not isinstance(module, (str, Unset)):
            raise TypeError(f"field module: expected string, got {type(module).__name__}")

        fetch_security_advice_data_payload_item = cls(
            type_=type_,
            advice=advice,
            message=message,
            module=module,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        fetch_security_advice_data_payload_item.additional_properties = additional_properties
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
