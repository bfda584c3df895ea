# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_object

if TYPE_CHECKING:
    from ..models.verify_slack_access_data_results_item_result_payload_headers import (
        VerifySlackAccessDataResultsItemResultPayloadHeaders,
    )


T = TypeVar("T", bound="VerifySlackAccessDataResultsItemResultPayload")
_new_instance = object.__new__


@_attrs_define
class VerifySlackAccessDataResultsItemResultPayload:
    """
    Attributes:
        content (Any | Unset):
        headers (VerifySlackAccessDataResultsItemResultPayloadHeaders | Unset):
        protocol (Any | Unset):
        reason (Any | Unset):
        status (Any | Unset):
        success (Any | Unset):
        url (Any | Unset):
    """

    content: Any | Unset = UNSET
    headers: VerifySlackAccessDataResultsItemResultPayloadHeaders | Unset = UNSET
    protocol: Any | Unset = UNSET
    reason: Any | Unset = UNSET
    status: Any | Unset = UNSET
    success: Any | Unset = UNSET
    url: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        content = self.content

        headers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.headers, Unset):
            headers = self.headers.to_dict()

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

        _headers = d.pop("headers", UNSET)
        headers: VerifySlackAccessDataResultsItemResultPayloadHeaders | Unset
        if _headers.__class__ is not dict:
            _headers = read_object(_headers, "headers", False)
        headers = (
            UNSET if _headers is UNSET else VerifySlackAccessDataResultsItemResultPayloadHeaders.from_dict(_headers)
        )

        protocol = d.pop("protocol", UNSET)

        reason = d.pop("reason", UNSET)

        status = d.pop("status", UNSET)

        success = d.pop("success", UNSET)

        url = d.pop("url", UNSET)

        verify_slack_access_data_results_item_result_payload = _new_instance(cls)
        verify_slack_access_data_results_item_result_payload.content = content
        verify_slack_access_data_results_item_result_payload.headers = headers
        verify_slack_access_data_results_item_result_payload.protocol = protocol
        verify_slack_access_data_results_item_result_payload.reason = reason
        verify_slack_access_data_results_item_result_payload.status = status
        verify_slack_access_data_results_item_result_payload.success = success
        verify_slack_access_data_results_item_result_payload.url = url

        verify_slack_access_data_results_item_result_payload.additional_properties = dict(d) if d else {}
        return verify_slack_access_data_results_item_result_payload

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


from ..models.verify_slack_access_data_results_item_result_payload_headers import (
    VerifySlackAccessDataResultsItemResultPayloadHeaders,  # noqa: E402
)
