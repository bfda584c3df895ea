# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_autossl_providers_data_payload_item_specs import GetAutosslProvidersDataPayloadItemSpecs


T = TypeVar("T", bound="GetAutosslProvidersDataPayloadItem")


@_attrs_define
class GetAutosslProvidersDataPayloadItem:
    """
    Attributes:
        display_name (str | Unset):
        enabled (int | Unset):
        module_name (str | Unset):
        specs (GetAutosslProvidersDataPayloadItemSpecs | Unset):
        x_account_id (str | Unset):
        x_terms_of_service (str | Unset):
        x_terms_of_service_accepted (int | Unset):
    """

    display_name: str | Unset = UNSET
    enabled: int | Unset = UNSET
    module_name: str | Unset = UNSET
    specs: GetAutosslProvidersDataPayloadItemSpecs | Unset = UNSET
    x_account_id: str | Unset = UNSET
    x_terms_of_service: str | Unset = UNSET
    x_terms_of_service_accepted: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        display_name = self.display_name

        enabled = self.enabled

        module_name = self.module_name

        specs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.specs, Unset):
            specs = self.specs.to_dict()

        x_account_id = self.x_account_id

        x_terms_of_service = self.x_terms_of_service

        x_terms_of_service_accepted = self.x_terms_of_service_accepted

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if module_name is not UNSET:
            field_dict["module_name"] = module_name
        if specs is not UNSET:
            field_dict["specs"] = specs
        if x_account_id is not UNSET:
            field_dict["x_account_id"] = x_account_id
        if x_terms_of_service is not UNSET:
            field_dict["x_terms_of_service"] = x_terms_of_service
        if x_terms_of_service_accepted is not UNSET:
            field_dict["x_terms_of_service_accepted"] = x_terms_of_service_accepted

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        display_name = d.pop("display_name", UNSET)
        if display_name is None:
            display_name = UNSET
        if not isinstance(display_name, (str, Unset)):
            raise TypeError(f"field display_name: expected string, got {type(display_name).__name__}")

        enabled = d.pop("enabled", UNSET)
        if enabled is None:
            enabled = UNSET
        if not isinstance(enabled, (int, Unset)):
            raise TypeError(f"field enabled: expected integer, got {type(enabled).__name__}")

        module_name = d.pop("module_name", UNSET)
        if module_name is None:
            module_name = UNSET
        if not isinstance(module_name, (str, Unset)):
            raise TypeError(f"field module_name: expected string, got {type(module_name).__name__}")

        _specs = d.pop("specs", UNSET)
        specs: GetAutosslProvidersDataPayloadItemSpecs | Unset
        if _specs is None or isinstance(_specs, Unset):  # null reads as UNSET
            specs = UNSET
        else:
            if not isinstance(_specs, dict):
                raise TypeError(f"field specs: expected object, got {type(_specs).__name__}")
            specs = GetAutosslProvidersDataPayloadItemSpecs.from_dict(_specs)

        x_account_id = d.pop("x_account_id", UNSET)
        if x_account_id is None:
            x_account_id = UNSET
        if not isinstance(x_account_id, (str, Unset)):
            raise TypeError(f"field x_account_id: expected string, got {type(x_account_id).__name__}")

        x_terms_of_service = d.pop("x_terms_of_service", UNSET)
        if x_terms_of_service is None:
            x_terms_of_service = UNSET
        if not isinstance(x_terms_of_service, (str, Unset)):
            raise TypeError(f"field x_terms_of_service: expected string, got {type(x_terms_of_service).__name__}")

        x_terms_of_service_accepted = d.pop("x_terms_of_service_accepted", UNSET)
        if x_terms_of_service_accepted is None:
            x_terms_of_service_accepted = UNSET
        if not isinstance(x_terms_of_service_accepted, (int, Unset)):
            raise TypeError(
                f"field x_terms_of_service_accepted: expected integer, got {type(x_terms_of_service_accepted).__name__}"
            )

        get_autossl_providers_data_payload_item = cls(
            display_name=display_name,
            enabled=enabled,
            module_name=module_name,
            specs=specs,
            x_account_id=x_account_id,
            x_terms_of_service=x_terms_of_service,
            x_terms_of_service_accepted=x_terms_of_service_accepted,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        get_autossl_providers_data_payload_item.additional_properties = additional_properties
        return get_autossl_providers_data_payload_item

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


from ..models.get_autossl_providers_data_payload_item_specs import GetAutosslProvidersDataPayloadItemSpecs  # noqa: E402
