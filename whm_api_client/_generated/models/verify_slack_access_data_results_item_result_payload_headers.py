# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VerifySlackAccessDataResultsItemResultPayloadHeaders")
_new_instance = object.__new__


@_attrs_define
class VerifySlackAccessDataResultsItemResultPayloadHeaders:
    """
    Attributes:
        access_control_allow_origin (Any | Unset):
        content_type (Any | Unset):
        date (Any | Unset):
        referrer_policy (Any | Unset):
        server (Any | Unset):
        strict_transport_security (Any | Unset):
        transfer_encoding (Any | Unset):
        vary (Any | Unset):
        x_frame_options (Any | Unset):
        x_slack_backend (Any | Unset):
        x_via (Any | Unset):
    """

    access_control_allow_origin: Any | Unset = UNSET
    content_type: Any | Unset = UNSET
    date: Any | Unset = UNSET
    referrer_policy: Any | Unset = UNSET
    server: Any | Unset = UNSET
    strict_transport_security: Any | Unset = UNSET
    transfer_encoding: Any | Unset = UNSET
    vary: Any | Unset = UNSET
    x_frame_options: Any | Unset = UNSET
    x_slack_backend: Any | Unset = UNSET
    x_via: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        access_control_allow_origin = self.access_control_allow_origin

        content_type = self.content_type

        date = self.date

        referrer_policy = self.referrer_policy

        server = self.server

        strict_transport_security = self.strict_transport_security

        transfer_encoding = self.transfer_encoding

        vary = self.vary

        x_frame_options = self.x_frame_options

        x_slack_backend = self.x_slack_backend

        x_via = self.x_via

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if access_control_allow_origin is not UNSET:
            field_dict["access-control-allow-origin"] = access_control_allow_origin
        if content_type is not UNSET:
            field_dict["content-type"] = content_type
        if date is not UNSET:
            field_dict["date"] = date
        if referrer_policy is not UNSET:
            field_dict["referrer-policy"] = referrer_policy
        if server is not UNSET:
            field_dict["server"] = server
        if strict_transport_security is not UNSET:
            field_dict["strict-transport-security"] = strict_transport_security
        if transfer_encoding is not UNSET:
            field_dict["transfer-encoding"] = transfer_encoding
        if vary is not UNSET:
            field_dict["vary"] = vary
        if x_frame_options is not UNSET:
            field_dict["x-frame-options"] = x_frame_options
        if x_slack_backend is not UNSET:
            field_dict["x-slack-backend"] = x_slack_backend
        if x_via is not UNSET:
            field_dict["x-via"] = x_via

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        access_control_allow_origin = d.pop("access-control-allow-origin", UNSET)

        content_type = d.pop("content-type", UNSET)

        date = d.pop("date", UNSET)

        referrer_policy = d.pop("referrer-policy", UNSET)

        server = d.pop("server", UNSET)

        strict_transport_security = d.pop("strict-transport-security", UNSET)

        transfer_encoding = d.pop("transfer-encoding", UNSET)

        vary = d.pop("vary", UNSET)

        x_frame_options = d.pop("x-frame-options", UNSET)

        x_slack_backend = d.pop("x-slack-backend", UNSET)

        x_via = d.pop("x-via", UNSET)

        verify_slack_access_data_results_item_result_payload_headers = _new_instance(cls)
        verify_slack_access_data_results_item_result_payload_headers.access_control_allow_origin = (
            access_control_allow_origin
        )
        verify_slack_access_data_results_item_result_payload_headers.content_type = content_type
        verify_slack_access_data_results_item_result_payload_headers.date = date
        verify_slack_access_data_results_item_result_payload_headers.referrer_policy = referrer_policy
        verify_slack_access_data_results_item_result_payload_headers.server = server
        verify_slack_access_data_results_item_result_payload_headers.strict_transport_security = (
            strict_transport_security
        )
        verify_slack_access_data_results_item_result_payload_headers.transfer_encoding = transfer_encoding
        verify_slack_access_data_results_item_result_payload_headers.vary = vary
        verify_slack_access_data_results_item_result_payload_headers.x_frame_options = x_frame_options
        verify_slack_access_data_results_item_result_payload_headers.x_slack_backend = x_slack_backend
        verify_slack_access_data_results_item_result_payload_headers.x_via = x_via

        verify_slack_access_data_results_item_result_payload_headers.additional_properties = dict(d) if d else {}
        return verify_slack_access_data_results_item_result_payload_headers

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
