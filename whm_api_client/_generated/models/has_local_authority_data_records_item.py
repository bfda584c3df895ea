# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_items, read_list, read_value

T = TypeVar("T", bound="HasLocalAuthorityDataRecordsItem")
_new_instance = object.__new__


@_attrs_define
class HasLocalAuthorityDataRecordsItem:
    """
    Attributes:
        domain (str | Unset):
        error (str | Unset):
        local_authority (int | Unset):
        nameservers (list[str] | Unset):
        zone (None | str | Unset):
    """

    domain: str | Unset = UNSET
    error: str | Unset = UNSET
    local_authority: int | Unset = UNSET
    nameservers: list[str] | Unset = UNSET
    zone: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        domain = self.domain

        error = self.error

        local_authority = self.local_authority

        nameservers: list[str] | Unset = UNSET
        if not isinstance(self.nameservers, Unset):
            nameservers = self.nameservers

        zone: None | str | Unset
        if isinstance(self.zone, Unset):
            zone = UNSET
        else:
            zone = self.zone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if domain is not UNSET:
            field_dict["domain"] = domain
        if error is not UNSET:
            field_dict["error"] = error
        if local_authority is not UNSET:
            field_dict["local_authority"] = local_authority
        if nameservers is not UNSET:
            field_dict["nameservers"] = nameservers
        if zone is not UNSET:
            field_dict["zone"] = zone

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        domain = d.pop("domain", UNSET)
        if domain.__class__ is not str:
            domain = read_value(domain, "domain", "string", False)

        error = d.pop("error", UNSET)
        if error.__class__ is not str:
            error = read_value(error, "error", "string", False)

        local_authority = d.pop("local_authority", UNSET)
        if local_authority.__class__ is not int:
            local_authority = read_value(local_authority, "local_authority", "integer", False)

        _nameservers = d.pop("nameservers", UNSET)
        if _nameservers.__class__ is not list:
            _nameservers = read_list(_nameservers, "nameservers", False)
        nameservers: list[str] | Unset = UNSET
        if _nameservers is not UNSET:
            nameservers = _nameservers
            for _item in _nameservers:
                if _item.__class__ is not str:
                    nameservers = read_items(_nameservers, "nameservers_item", "string")
                    break

        zone = d.pop("zone", UNSET)
        if zone.__class__ is not str and zone is not None:
            zone = read_value(zone, "zone", "string", False)

        has_local_authority_data_records_item = _new_instance(cls)
        has_local_authority_data_records_item.domain = domain
        has_local_authority_data_records_item.error = error
        has_local_authority_data_records_item.local_authority = local_authority
        has_local_authority_data_records_item.nameservers = nameservers
        has_local_authority_data_records_item.zone = zone

        has_local_authority_data_records_item.additional_properties = dict(d) if d else {}
        return has_local_authority_data_records_item

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
