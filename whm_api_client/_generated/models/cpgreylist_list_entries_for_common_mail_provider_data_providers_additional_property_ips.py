# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_value

T = TypeVar("T", bound="CpgreylistListEntriesForCommonMailProviderDataProvidersAdditionalPropertyIps")
_new_instance = object.__new__


@_attrs_define
class CpgreylistListEntriesForCommonMailProviderDataProvidersAdditionalPropertyIps:
    """
    Attributes:
        create_time (str | Unset):
        host_ip (str | Unset):
        is_trusted (int | Unset):
        provider_id (int | Unset):
    """

    create_time: str | Unset = UNSET
    host_ip: str | Unset = UNSET
    is_trusted: int | Unset = UNSET
    provider_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        create_time = self.create_time

        host_ip = self.host_ip

        is_trusted = self.is_trusted

        provider_id = self.provider_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if create_time is not UNSET:
            field_dict["create_time"] = create_time
        if host_ip is not UNSET:
            field_dict["host_ip"] = host_ip
        if is_trusted is not UNSET:
            field_dict["is_trusted"] = is_trusted
        if provider_id is not UNSET:
            field_dict["provider_id"] = provider_id

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        create_time = d.pop("create_time", UNSET)
        if create_time.__class__ is not str:
            create_time = read_value(create_time, "create_time", "string", False)

        host_ip = d.pop("host_ip", UNSET)
        if host_ip.__class__ is not str:
            host_ip = read_value(host_ip, "host_ip", "string", False)

        is_trusted = d.pop("is_trusted", UNSET)
        if is_trusted.__class__ is not int:
            is_trusted = read_value(is_trusted, "is_trusted", "integer", False)

        provider_id = d.pop("provider_id", UNSET)
        if provider_id.__class__ is not int:
            provider_id = read_value(provider_id, "provider_id", "integer", False)

        cpgreylist_list_entries_for_common_mail_provider_data_providers_additional_property_ips = _new_instance(cls)
        cpgreylist_list_entries_for_common_mail_provider_data_providers_additional_property_ips.create_time = (
            create_time
        )
        cpgreylist_list_entries_for_common_mail_provider_data_providers_additional_property_ips.host_ip = host_ip
        cpgreylist_list_entries_for_common_mail_provider_data_providers_additional_property_ips.is_trusted = is_trusted
        cpgreylist_list_entries_for_common_mail_provider_data_providers_additional_property_ips.provider_id = (
            provider_id
        )

        cpgreylist_list_entries_for_common_mail_provider_data_providers_additional_property_ips.additional_properties = (
            dict(d) if d else {}
        )
        return cpgreylist_list_entries_for_common_mail_provider_data_providers_additional_property_ips

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
