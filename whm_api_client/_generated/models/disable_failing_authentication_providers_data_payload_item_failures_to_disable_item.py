# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DisableFailingAuthenticationProvidersDataPayloadItemFailuresToDisableItem")


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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        failure = d.pop("failure", UNSET)
        if failure is None:
            failure = UNSET
        if not isinstance(failure, (str, Unset)):
            raise TypeError(f"field failure: expected string, got {type(failure).__name__}")

        service_name = d.pop("service_name", UNSET)
        if service_name is None:
            service_name = UNSET
        if not isinstance(service_name, (str, Unset)):
            raise TypeError(f"field service_name: expected string, got {type(service_name).__name__}")

        disable_failing_authentication_providers_data_payload_item_failures_to_disable_item = cls(
            failure=failure,
            service_name=service_name,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        disable_failing_authentication_providers_data_payload_item_failures_to_disable_item.additional_properties = (
            additional_properties
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
