# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_object, read_value

if TYPE_CHECKING:
    from ..models.get_autossl_providers_data_payload_item_specs import GetAutosslProvidersDataPayloadItemSpecs


T = TypeVar("T", bound="GetAutosslProvidersDataPayloadItem")
_new_instance = object.__new__


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
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
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

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        display_name = d.pop("display_name", UNSET)
        if display_name.__class__ is not str:
            display_name = read_value(display_name, "display_name", "string", False)

        enabled = d.pop("enabled", UNSET)
        if enabled.__class__ is not int:
            enabled = read_value(enabled, "enabled", "integer", False)

        module_name = d.pop("module_name", UNSET)
        if module_name.__class__ is not str:
            module_name = read_value(module_name, "module_name", "string", False)

        _specs = d.pop("specs", UNSET)
        specs: GetAutosslProvidersDataPayloadItemSpecs | Unset
        if _specs.__class__ is not dict:
            _specs = read_object(_specs, "specs", False)
        specs = UNSET if _specs is UNSET else GetAutosslProvidersDataPayloadItemSpecs.from_dict(_specs)

        x_account_id = d.pop("x_account_id", UNSET)
        if x_account_id.__class__ is not str:
            x_account_id = read_value(x_account_id, "x_account_id", "string", False)

        x_terms_of_service = d.pop("x_terms_of_service", UNSET)
        if x_terms_of_service.__class__ is not str:
            x_terms_of_service = read_value(x_terms_of_service, "x_terms_of_service", "string", False)

        x_terms_of_service_accepted = d.pop("x_terms_of_service_accepted", UNSET)
        if x_terms_of_service_accepted.__class__ is not int:
            x_terms_of_service_accepted = read_value(
                x_terms_of_service_accepted, "x_terms_of_service_accepted", "integer", False
            )

        get_autossl_providers_data_payload_item = _new_instance(cls)
        get_autossl_providers_data_payload_item.display_name = display_name
        get_autossl_providers_data_payload_item.enabled = enabled
        get_autossl_providers_data_payload_item.module_name = module_name
        get_autossl_providers_data_payload_item.specs = specs
        get_autossl_providers_data_payload_item.x_account_id = x_account_id
        get_autossl_providers_data_payload_item.x_terms_of_service = x_terms_of_service
        get_autossl_providers_data_payload_item.x_terms_of_service_accepted = x_terms_of_service_accepted

        get_autossl_providers_data_payload_item.additional_properties = dict(d) if d else {}
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
