# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_value

T = TypeVar("T", bound="GetFpmCountAndUtilizationData")
_new_instance = object.__new__


@_attrs_define
class GetFpmCountAndUtilizationData:
    """
    Attributes:
        domains_to_be_enabled (int | Unset):
        domains_using_fpm (int | Unset):
        memory_needed (int | Unset):
        number_of_new_fpm_accounts_we_can_handle (int | Unset):
        show_warning (int | Unset):
        total_domains (int | Unset):
    """

    domains_to_be_enabled: int | Unset = UNSET
    domains_using_fpm: int | Unset = UNSET
    memory_needed: int | Unset = UNSET
    number_of_new_fpm_accounts_we_can_handle: int | Unset = UNSET
    show_warning: int | Unset = UNSET
    total_domains: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        domains_to_be_enabled = self.domains_to_be_enabled

        domains_using_fpm = self.domains_using_fpm

        memory_needed = self.memory_needed

        number_of_new_fpm_accounts_we_can_handle = self.number_of_new_fpm_accounts_we_can_handle

        show_warning = self.show_warning

        total_domains = self.total_domains

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if domains_to_be_enabled is not UNSET:
            field_dict["domains_to_be_enabled"] = domains_to_be_enabled
        if domains_using_fpm is not UNSET:
            field_dict["domains_using_fpm"] = domains_using_fpm
        if memory_needed is not UNSET:
            field_dict["memory_needed"] = memory_needed
        if number_of_new_fpm_accounts_we_can_handle is not UNSET:
            field_dict["number_of_new_fpm_accounts_we_can_handle"] = number_of_new_fpm_accounts_we_can_handle
        if show_warning is not UNSET:
            field_dict["show_warning"] = show_warning
        if total_domains is not UNSET:
            field_dict["total_domains"] = total_domains

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        domains_to_be_enabled = d.pop("domains_to_be_enabled", UNSET)
        if domains_to_be_enabled.__class__ is not int:
            domains_to_be_enabled = read_value(domains_to_be_enabled, "domains_to_be_enabled", "integer", False)

        domains_using_fpm = d.pop("domains_using_fpm", UNSET)
        if domains_using_fpm.__class__ is not int:
            domains_using_fpm = read_value(domains_using_fpm, "domains_using_fpm", "integer", False)

        memory_needed = d.pop("memory_needed", UNSET)
        if memory_needed.__class__ is not int:
            memory_needed = read_value(memory_needed, "memory_needed", "integer", False)

        number_of_new_fpm_accounts_we_can_handle = d.pop("number_of_new_fpm_accounts_we_can_handle", UNSET)
        if number_of_new_fpm_accounts_we_can_handle.__class__ is not int:
            number_of_new_fpm_accounts_we_can_handle = read_value(
                number_of_new_fpm_accounts_we_can_handle, "number_of_new_fpm_accounts_we_can_handle", "integer", False
            )

        show_warning = d.pop("show_warning", UNSET)
        if show_warning.__class__ is not int:
            show_warning = read_value(show_warning, "show_warning", "integer", False)

        total_domains = d.pop("total_domains", UNSET)
        if total_domains.__class__ is not int:
            total_domains = read_value(total_domains, "total_domains", "integer", False)

        get_fpm_count_and_utilization_data = _new_instance(cls)
        get_fpm_count_and_utilization_data.domains_to_be_enabled = domains_to_be_enabled
        get_fpm_count_and_utilization_data.domains_using_fpm = domains_using_fpm
        get_fpm_count_and_utilization_data.memory_needed = memory_needed
        get_fpm_count_and_utilization_data.number_of_new_fpm_accounts_we_can_handle = (
            number_of_new_fpm_accounts_we_can_handle
        )
        get_fpm_count_and_utilization_data.show_warning = show_warning
        get_fpm_count_and_utilization_data.total_domains = total_domains

        get_fpm_count_and_utilization_data.additional_properties = dict(d) if d else {}
        return get_fpm_count_and_utilization_data

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
