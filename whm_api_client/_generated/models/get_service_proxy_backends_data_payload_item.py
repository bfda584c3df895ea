# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetServiceProxyBackendsDataPayloadItem")


@_attrs_define
class GetServiceProxyBackendsDataPayloadItem:
    """
    Attributes:
        backend (str | Unset):
        service_group (None | str | Unset):
    """

    backend: str | Unset = UNSET
    service_group: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        backend = self.backend

        service_group: None | str | Unset
        if isinstance(self.service_group, Unset):
            service_group = UNSET
        else:
            service_group = self.service_group

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if backend is not UNSET:
            field_dict["backend"] = backend
        if service_group is not UNSET:
            field_dict["service_group"] = service_group

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        backend = d.pop("backend", UNSET)
        if backend is None:
            backend = UNSET
        if not isinstance(backend, (str, Unset)):
            raise TypeError(f"field backend: expected string, got {type(backend).__name__}")

        def _parse_service_group(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                service_group_type_0 = data
                if not isinstance(service_group_type_0, (str,)):
                    raise TypeError(
                        f"field service_group_type_0: expected string, got {type(service_group_type_0).__name__}"
                    )

                return service_group_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            service_group_type_1 = data
            if service_group_type_1 is not None:
                raise TypeError(f"field service_group_type_1: expected null, got {type(service_group_type_1).__name__}")

            return service_group_type_1

        service_group = _parse_service_group(d.pop("service_group", UNSET))

        get_service_proxy_backends_data_payload_item = cls(
            backend=backend,
            service_group=service_group,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        get_service_proxy_backends_data_payload_item.additional_properties = additional_properties
        return get_service_proxy_backends_data_payload_item

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
