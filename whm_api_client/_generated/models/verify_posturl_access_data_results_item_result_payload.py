# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_value

T = TypeVar("T", bound="VerifyPosturlAccessDataResultsItemResultPayload")
_new_instance = object.__new__


@_attrs_define
class VerifyPosturlAccessDataResultsItemResultPayload:
    """
    Attributes:
        content (str | Unset):
        headers (Any | Unset):
        protocol (str | Unset):
        reason (str | Unset):
        status (str | Unset):
        success (int | Unset):
        url (str | Unset):
    """

    content: str | Unset = UNSET
    headers: Any | Unset = UNSET
    protocol: str | Unset = UNSET
    reason: str | Unset = UNSET
    status: str | Unset = UNSET
    success: int | Unset = UNSET
    url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        content = self.content

        headers = self.headers

        protocol = self.protocol

        reason = self.reason

        status = self.status

        success = self.success

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if content is not UNSET:
            field_dict["content"] = content
        if headers is not UNSET:
            field_dict["headers"] = headers
        if protocol is not UNSET:
            field_dict["protocol"] = protocol
        if reason is not UNSET:
            field_dict["reason"] = reason
        if status is not UNSET:
            field_dict["status"] = status
        if success is not UNSET:
            field_dict["success"] = success
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        content = d.pop("content", UNSET)
        if content.__class__ is not str:
            content = read_value(content, "content", "string", False)

        headers = d.pop("headers", UNSET)

        protocol = d.pop("protocol", UNSET)
        if protocol.__class__ is not str:
            protocol = read_value(protocol, "protocol", "string", False)

        reason = d.pop("reason", UNSET)
        if reason.__class__ is not str:
            reason = read_value(reason, "reason", "string", False)

        status = d.pop("status", UNSET)
        if status.__class__ is not str:
            status = read_value(status, "status", "string", False)

        success = d.pop("success", UNSET)
        if success.__class__ is not int:
            success = read_value(success, "success", "integer", False)

        url = d.pop("url", UNSET)
        if url.__class__ is not str:
            url = read_value(url, "url", "string", False)

        verify_posturl_access_data_results_item_result_payload = _new_instance(cls)
        verify_posturl_access_data_results_item_result_payload.content = content
        verify_posturl_access_data_results_item_result_payload.headers = headers
        verify_posturl_access_data_results_item_result_payload.protocol = protocol
        verify_posturl_access_data_results_item_result_payload.reason = reason
        verify_posturl_access_data_results_item_result_payload.status = status
        verify_posturl_access_data_results_item_result_payload.success = success
        verify_posturl_access_data_results_item_result_payload.url = url

        verify_posturl_access_data_results_item_result_payload.additional_properties = dict(d) if d else {}
        return verify_posturl_access_data_results_item_result_payload

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
