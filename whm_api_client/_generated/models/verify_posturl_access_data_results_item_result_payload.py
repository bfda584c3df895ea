# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VerifyPosturlAccessDataResultsItemResultPayload")


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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        content = d.pop("content", UNSET)
        if content is None:
            content = UNSET
        if not isinstance(content, (str, Unset)):
            raise TypeError(f"field content: expected string, got {type(content).__name__}")

        headers = d.pop("headers", UNSET)

        protocol = d.pop("protocol", UNSET)
        if protocol is None:
            protocol = UNSET
        if not isinstance(protocol, (str, Unset)):
            raise TypeError(f"field protocol: expected string, got {type(protocol).__name__}")

        reason = d.pop("reason", UNSET)
        if reason is None:
            reason = UNSET
        if not isinstance(reason, (str, Unset)):
            raise TypeError(f"field reason: expected string, got {type(reason).__name__}")

        status = d.pop("status", UNSET)
        if status is None:
            status = UNSET
        if not isinstance(status, (str, Unset)):
            raise TypeError(f"field status: expected string, got {type(status).__name__}")

        success = d.pop("success", UNSET)
        if success is None:
            success = UNSET
        if not isinstance(success, (int, Unset)):
            raise TypeError(f"field success: expected integer, got {type(success).__name__}")

        url = d.pop("url", UNSET)
        if url is None:
            url = UNSET
        if not isinstance(url, (str, Unset)):
            raise TypeError(f"field url: expected string, got {type(url).__name__}")

        verify_posturl_access_data_results_item_result_payload = cls(
            content=content,
            headers=headers,
            protocol=protocol,
            reason=reason,
            status=status,
            success=success,
            url=url,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        verify_posturl_access_data_results_item_result_payload.additional_properties = additional_properties
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
