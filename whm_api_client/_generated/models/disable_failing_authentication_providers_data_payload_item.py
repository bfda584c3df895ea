# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_items, read_list, read_object, read_value

if TYPE_CHECKING:
    from ..models.disable_failing_authentication_providers_data_payload_item_failures_to_disable_item import (
        DisableFailingAuthenticationProvidersDataPayloadItemFailuresToDisableItem,
    )


T = TypeVar("T", bound="DisableFailingAuthenticationProvidersDataPayloadItem")
_new_instance = object.__new__


@_attrs_define
class DisableFailingAuthenticationProvidersDataPayloadItem:
    """
    Attributes:
        disabled_services (list[str] | Unset):
        failures_to_disable (list[DisableFailingAuthenticationProvidersDataPayloadItemFailuresToDisableItem] | Unset):
        provider_failure (str | Unset):
        provider_name (str | Unset):
        provider_namespace (str | Unset):
    """

    disabled_services: list[str] | Unset = UNSET
    failures_to_disable: list[DisableFailingAuthenticationProvidersDataPayloadItemFailuresToDisableItem] | Unset = UNSET
    provider_failure: str | Unset = UNSET
    provider_name: str | Unset = UNSET
    provider_namespace: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        disabled_services: list[str] | Unset = UNSET
        if not isinstance(self.disabled_services, Unset):
            disabled_services = self.disabled_services

        failures_to_disable: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.failures_to_disable, Unset):
            failures_to_disable = []
            for failures_to_disable_item_data in self.failures_to_disable:
                failures_to_disable_item = failures_to_disable_item_data.to_dict()
                failures_to_disable.append(failures_to_disable_item)

        provider_failure = self.provider_failure

        provider_name = self.provider_name

        provider_namespace = self.provider_namespace

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if disabled_services is not UNSET:
            field_dict["disabled_services"] = disabled_services
        if failures_to_disable is not UNSET:
            field_dict["failures_to_disable"] = failures_to_disable
        if provider_failure is not UNSET:
            field_dict["provider_failure"] = provider_failure
        if provider_name is not UNSET:
            field_dict["provider_name"] = provider_name
        if provider_namespace is not UNSET:
            field_dict["provider_namespace"] = provider_namespace

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _disabled_services = d.pop("disabled_services", UNSET)
        if _disabled_services.__class__ is not list:
            _disabled_services = read_list(_disabled_services, "disabled_services", False)
        disabled_services: list[str] | Unset = UNSET
        if _disabled_services is not UNSET:
            disabled_services = _disabled_services
            for _item in _disabled_services:
                if _item.__class__ is not str:
                    disabled_services = read_items(_disabled_services, "disabled_services_item", "string")
                    break

        _failures_to_disable = d.pop("failures_to_disable", UNSET)
        if _failures_to_disable.__class__ is not list:
            _failures_to_disable = read_list(_failures_to_disable, "failures_to_disable", False)
        failures_to_disable: list[DisableFailingAuthenticationProvidersDataPayloadItemFailuresToDisableItem] | Unset = (
            UNSET
        )
        if _failures_to_disable is not UNSET:
            failures_to_disable = []
            for failures_to_disable_item_data in _failures_to_disable:
                _failures_to_disable_item = failures_to_disable_item_data
                if _failures_to_disable_item.__class__ is not dict:
                    _failures_to_disable_item = read_object(_failures_to_disable_item, "failures_to_disable_item", True)
                failures_to_disable_item = (
                    DisableFailingAuthenticationProvidersDataPayloadItemFailuresToDisableItem.from_dict(
                        _failures_to_disable_item
                    )
                )

                failures_to_disable.append(failures_to_disable_item)

        provider_failure = d.pop("provider_failure", UNSET)
        if provider_failure.__class__ is not str:
            provider_failure = read_value(provider_failure, "provider_failure", "string", False)

        provider_name = d.pop("provider_name", UNSET)
        if provider_name.__class__ is not str:
            provider_name = read_value(provider_name, "provider_name", "string", False)

        provider_namespace = d.pop("provider_namespace", UNSET)
        if provider_namespace.__class__ is not str:
            provider_namespace = read_value(provider_namespace, "provider_namespace", "string", False)

        disable_failing_authentication_providers_data_payload_item = _new_instance(cls)
        disable_failing_authentication_providers_data_payload_item.disabled_services = disabled_services
        disable_failing_authentication_providers_data_payload_item.failures_to_disable = failures_to_disable
        disable_failing_authentication_providers_data_payload_item.provider_failure = provider_failure
        disable_failing_authentication_providers_data_payload_item.provider_name = provider_name
        disable_failing_authentication_providers_data_payload_item.provider_namespace = provider_namespace

        disable_failing_authentication_providers_data_payload_item.additional_properties = dict(d) if d else {}
        return disable_failing_authentication_providers_data_payload_item

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


from ..models.disable_failing_authentication_providers_data_payload_item_failures_to_disable_item import (
    DisableFailingAuthenticationProvidersDataPayloadItemFailuresToDisableItem,  # noqa: E402
)
