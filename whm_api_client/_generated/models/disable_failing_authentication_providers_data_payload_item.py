# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.disable_failing_authentication_providers_data_payload_item_failures_to_disable_item import (
        DisableFailingAuthenticationProvidersDataPayloadItemFailuresToDisableItem,
    )


T = TypeVar("T", bound="DisableFailingAuthenticationProvidersDataPayloadItem")


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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _disabled_services = d.pop("disabled_services", UNSET)
        disabled_services: list[str] | Unset = UNSET
        if _disabled_services is not None and not isinstance(_disabled_services, Unset):  # null reads as UNSET
            if not isinstance(_disabled_services, list):
                raise TypeError(f"field disabled_services: expected array, got {type(_disabled_services).__name__}")
            disabled_services = []
            for disabled_services_item_data in _disabled_services:
                disabled_services_item = disabled_services_item_data
                if not isinstance(disabled_services_item, (str,)):
                    raise TypeError(
                        f"field disabled_services_item: expected string, got {type(disabled_services_item).__name__}"
                    )

                disabled_services.append(disabled_services_item)

        _failures_to_disable = d.pop("failures_to_disable", UNSET)
        failures_to_disable: list[DisableFailingAuthenticationProvidersDataPayloadItemFailuresToDisableItem] | Unset = (
            UNSET
        )
        if _failures_to_disable is not None and not isinstance(_failures_to_disable, Unset):  # null reads as UNSET
            if not isinstance(_failures_to_disable, list):
                raise TypeError(f"field failures_to_disable: expected array, got {type(_failures_to_disable).__name__}")
            failures_to_disable = []
            for failures_to_disable_item_data in _failures_to_disable:
                _failures_to_disable_item = failures_to_disable_item_data
                if not isinstance(_failures_to_disable_item, dict):
                    raise TypeError(
                        f"field failures_to_disable_item: expected object, got {type(_failures_to_disable_item).__name__}"
                    )
                failures_to_disable_item = (
                    DisableFailingAuthenticationProvidersDataPayloadItemFailuresToDisableItem.from_dict(
                        _failures_to_disable_item
                    )
                )

                failures_to_disable.append(failures_to_disable_item)

        provider_failure = d.pop("provider_failure", UNSET)
        if provider_failure is None:
            provider_failure = UNSET
        if not isinstance(provider_failure, (str, Unset)):
            raise TypeError(f"field provider_failure: expected string, got {type(provider_failure).__name__}")

        provider_name = d.pop("provider_name", UNSET)
        if provider_name is None:
            provider_name = UNSET
        if not isinstance(provider_name, (str, Unset)):
            raise TypeError(f"field provider_name: expected string, got {type(provider_name).__name__}")

        provider_namespace = d.pop("provider_namespace", UNSET)
        if provider_namespace is None:
            provider_namespace = UNSET
        if not isinstance(provider_namespace, (str, Unset)):
            raise TypeError(f"field provider_namespace: expected string, got {type(provider_namespace).__name__}")

        disable_failing_authentication_providers_data_payload_item = cls(
            disabled_services=disabled_services,
            failures_to_disable=failures_to_disable,
            provider_failure=provider_failure,
            provider_name=provider_name,
            provider_namespace=provider_namespace,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        disable_failing_authentication_providers_data_payload_item.additional_properties = additional_properties
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
