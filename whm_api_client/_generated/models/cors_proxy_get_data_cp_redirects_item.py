# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cors_proxy_get_data_cp_redirects_item_headers import CorsProxyGetDataCpRedirectsItemHeaders


T = TypeVar("T", bound="CorsProxyGetDataCpRedirectsItem")


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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _headers = d.pop("headers", UNSET)
        headers: CorsProxyGetDataCpRedirectsItemHeaders | Unset
        if _headers is None or isinstance(_headers, Unset):  # null reads as UNSET
            headers = UNSET
        else:
            if not isinstance(_headers, dict):
                raise TypeError(f"field headers: expected object, got {type(_headers).__name__}")
            headers = CorsProxyGetDataCpRedirectsItemHeaders.from_dict(_headers)

        def _parse_protocol(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                protocol_type_0 = data
                if not isinstance(protocol_type_0, (str,)):
                    raise TypeError(f"field protocol_type_0: expected string, got {type(protocol_type_0).__name__}")

                return protocol_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            protocol_type_1 = data
            if protocol_type_1 is not None:
                raise TypeError(f"field protocol_type_1: expected null, got {type(protocol_type_1).__name__}")

            return protocol_type_1

        protocol = _parse_protocol(d.pop("protocol", UNSET))

        def _parse_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                reason_type_0 = data
                if not isinstance(reason_type_0, (str,)):
                    raise TypeError(f"field reason_type_0: expected string, got {type(reason_type_0).__name__}")

                return reason_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            reason_type_1 = data
            if reason_type_1 is not None:
                raise TypeError(f"field reason_type_1: expected null, got {type(reason_type_1).__name__}")

            return reason_type_1

        reason = _parse_reason(d.pop("reason", UNSET))

        def _parse_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = data
                if not isinstance(status_type_0, (str,)):
                    raise TypeError(f"field status_type_0: expected string, got {type(status_type_0).__name__}")

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            status_type_1 = data
            if status_type_1 is not None:
                raise TypeError(f"field status_type_1: expected null, got {type(status_type_1).__name__}")

            return status_type_1

        status = _parse_status(d.pop("status", UNSET))

        def _parse_success(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                success_type_0 = data
                if not isinstance(success_type_0, (int,)):
                    raise TypeError(f"field success_type_0: expected integer, got {type(success_type_0).__name__}")

                return success_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            success_type_1 = data
            if success_type_1 is not None:
                raise TypeError(f"field success_type_1: expected null, got {type(success_type_1).__name__}")

            return success_type_1

        success = _parse_success(d.pop("success", UNSET))

        def _parse_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                url_type_0 = data
                if not isinstance(url_type_0, (str,)):
                    raise TypeError(f"field url_type_0: expected string, got {type(url_type_0).__name__}")

                return url_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            url_type_1 = data
            if url_type_1 is not None:
                raise TypeError(f"field url_type_1: expected null, got {type(url_type_1).__name__}")

            return url_type_1

        url = _parse_url(d.pop("url", UNSET))

        cors_proxy_get_data_cp_redirects_item = cls(
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

        cors_proxy_get_data_cp_redirects_item.additional_properties = additional_properties
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
