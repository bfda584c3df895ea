# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_object, read_value

if TYPE_CHECKING:
    from ..models.verify_posturl_access_data_results_item_result_payload import (
        VerifyPosturlAccessDataResultsItemResultPayload,
    )


T = TypeVar("T", bound="VerifyPosturlAccessDataResultsItemResult")
_new_instance = object.__new__


@_attrs_define
class VerifyPosturlAccessDataResultsItemResult:
    """
    Attributes:
        message_id (str | Unset):
        payload (VerifyPosturlAccessDataResultsItemResultPayload | Unset):
    """

    message_id: str | Unset = UNSET
    payload: VerifyPosturlAccessDataResultsItemResultPayload | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        message_id = self.message_id

        payload: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payload, Unset):
            payload = self.payload.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if message_id is not UNSET:
            field_dict["message_id"] = message_id
        if payload is not UNSET:
            field_dict["payload"] = payload

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message_id = d.pop("message_id", UNSET)
        if message_id.__class__ is not str:
            message_id = read_value(message_id, "message_id", "string", False)

        _payload = d.pop("payload", UNSET)
        payload: VerifyPosturlAccessDataResultsItemResultPayload | Unset
        if _payload.__class__ is not dict:
            _payload = read_object(_payload, "payload", False)
        payload = UNSET if _payload is UNSET else VerifyPosturlAccessDataResultsItemResultPayload.from_dict(_payload)

        verify_posturl_access_data_results_item_result = _new_instance(cls)
        verify_posturl_access_data_results_item_result.message_id = message_id
        verify_posturl_access_data_results_item_result.payload = payload

        verify_posturl_access_data_results_item_result.additional_properties = dict(d) if d else {}
        return verify_posturl_access_data_results_item_result

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


from ..models.verify_posturl_access_data_results_item_result_payload import (
    VerifyPosturlAccessDataResultsItemResultPayload,  # noqa: E402
)
