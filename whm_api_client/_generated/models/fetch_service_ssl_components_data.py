# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fetch_service_ssl_components_data_services_item import FetchServiceSslComponentsDataServicesItem


T = TypeVar("T", bound="FetchServiceSslComponentsData")


@_attrs_define
class FetchServiceSslComponentsData:
    """
    Attributes:
        services (list[FetchServiceSslComponentsDataServicesItem] | Unset):
    """

    services: list[FetchServiceSslComponentsDataServicesItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        services: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.services, Unset):
            services = []
            for services_item_data in self.services:
                services_item = services_item_data.to_dict()
                services.append(services_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if services is not UNSET:
            field_dict["services"] = services

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _services = d.pop("services", UNSET)
        services: list[FetchServiceSslComponentsDataServicesItem] | Unset = UNSET
        if _services is not None and not isinstance(_services, Unset):  # null reads as UNSET
            if not isinstance(_services, list):
                raise TypeError(f"field services: expected array, got {type(_services).__name__}")
            services = []
            for services_item_data in _services:
                _services_item = services_item_data
                if not isinstance(_services_item, dict):
                    raise TypeError(f"field services_item: expected object, got {type(_services_item).__name__}")
                services_item = FetchServiceSslComponentsDataServicesItem.from_dict(_services_item)

                services.append(services_item)

        fetch_service_ssl_components_data = cls(
            services=services,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        fetch_service_ssl_components_data.additional_properties = additional_properties
        return fetch_service_ssl_components_data

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


from ..models.fetch_service_ssl_components_data_services_item import FetchServiceSslComponentsDataServicesItem  # noqa: E402
