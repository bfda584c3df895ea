# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_object, read_value

if TYPE_CHECKING:
    from ..models.cors_proxy_get_data_cp_redirects_item_headers import CorsProxyGetDataCpRedirectsItemHeaders


T = TypeVar("T", bound="CorsProxyGetDataCpRedirectsItem")
_new_instance = object.__new__


@_attrs_define
class CorsProxyGetDataCpRedirectsItem:
    """
    Attributes:
        headers (CorsProxyGetDataCpRedirectsItemHeaders | Unset):
        protocol (None | str | Unset):
        reason (None | str | Unset):
        status (None | str | Unset):
        success (int | None | Unset):
        url (None | str | Unset):
    """

    headers: CorsProxyGetDataCpRedirectsItemHeaders | Unset = UNSET
    protocol: None | str | Unset = UNSET
    reason: None | str | Unset = UNSET
    status: None | str | Unset = UNSET
    success: int | None | Unset = UNSET
    url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        headers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.headers, Unset):
            headers = self.headers.to_dict()

        protocol: None | str | Unset
        if isinstance(self.protocol, Unset):
            protocol = UNSET
        else:
            protocol = self.protocol

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        success: int | None | Unset
        if isinstance(self.success, Unset):
            success = UNSET
        else:
            success = self.success

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
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
        _headers = d.pop("headers", UNSET)
        headers: CorsProxyGetDataCpRedirectsItemHeaders | Unset
        if _headers.__class__ is not dict:
            _headers = read_object(_headers, "headers", False)
        headers = UNSET if _headers is UNSET else CorsProxyGetDataCpRedirectsItemHeaders.from_dict(_headers)

        protocol = d.pop("protocol", UNSET)
        if protocol.__class__ is not str and protocol is not None:
            protocol = read_value(protocol, "protocol", "string", False)

        reason = d.pop("reason", UNSET)
        if reason.__class__ is not str and reason is not None:
            reason = read_value(reason, "reason", "string", False)

        status = d.pop("status", UNSET)
        if status.__class__ is not str and status is not None:
            status = read_value(status, "status", "string", False)

        success = d.pop("success", UNSET)
        if success.__class__ is not int and success is not None:
            success = read_value(success, "success", "integer", False)

        url = d.pop("url", UNSET)
        if url.__class__ is not str and url is not None:
            url = read_value(url, "url", "string", False)

        cors_proxy_get_data_cp_redirects_item = _new_instance(cls)
        cors_proxy_get_data_cp_redirects_item.headers = headers
        cors_proxy_get_data_cp_redirects_item.protocol = protocol
        cors_proxy_get_data_cp_redirects_item.reason = reason
        cors_proxy_get_data_cp_redirects_item.status = status
        cors_proxy_get_data_cp_redirects_item.success = success
        cors_proxy_get_data_cp_redirects_item.url = url

        cors_proxy_get_data_cp_redirects_item.additional_properties = dict(d) if d else {}
        return cors_proxy_get_data_cp_redirects_item

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


from ..models.cors_proxy_get_data_cp_redirects_item_headers import CorsProxyGetDataCpRedirectsItemHeaders  # noqa: E402
