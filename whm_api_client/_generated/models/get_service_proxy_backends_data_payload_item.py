# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_value

T = TypeVar("T", bound="GetServiceProxyBackendsDataPayloadItem")
_new_instance = object.__new__


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
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
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

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        backend = d.pop("backend", UNSET)
        if backend.__class__ is not str:
            backend = read_value(backend, "backend", "string", False)

        service_group = d.pop("service_group", UNSET)
        if service_group.__class__ is not str and service_group is not None:
            service_group = read_value(service_group, "service_group", "string", False)

        get_service_proxy_backends_data_payload_item = _new_instance(cls)
        get_service_proxy_backends_data_payload_item.backend = backend
        get_service_proxy_backends_data_payload_item.service_group = service_group

        get_service_proxy_backends_data_payload_item.additional_properties = dict(d) if d else {}
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
