# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_value

T = TypeVar("T", bound="DisableFailingAuthenticationProvidersDataPayloadItemFailuresToDisableItem")
_new_instance = object.__new__


@_attrs_define
class DisableFailingAuthenticationProvidersDataPayloadItemFailuresToDisableItem:
    """
    Attributes:
        failure (str | Unset):
        service_name (str | Unset):
    """

    failure: str | Unset = UNSET
    service_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        failure = self.failure

        service_name = self.service_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if failure is not UNSET:
            field_dict["failure"] = failure
        if service_name is not UNSET:
            field_dict["service_name"] = service_name

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        failure = d.pop("failure", UNSET)
        if failure.__class__ is not str:
            failure = read_value(failure, "failure", "string", False)

        service_name = d.pop("service_name", UNSET)
        if service_name.__class__ is not str:
            service_name = read_value(service_name, "service_name", "string", False)

        disable_failing_authentication_providers_data_payload_item_failures_to_disable_item = _new_instance(cls)
        disable_failing_authentication_providers_data_payload_item_failures_to_disable_item.failure = failure
        disable_failing_authentication_providers_data_payload_item_failures_to_disable_item.service_name = service_name

        disable_failing_authentication_providers_data_payload_item_failures_to_disable_item.additional_properties = (
            dict(d) if d else {}
        )
        return disable_failing_authentication_providers_data_payload_item_failures_to_disable_item

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
