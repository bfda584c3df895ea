# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="HasLocalAuthorityDataRecordsItem")


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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        domain = d.pop("domain", UNSET)
        if domain is None:
            domain = UNSET
        if not isinstance(domain, (str, Unset)):
            raise TypeError(f"field domain: expected string, got {type(domain).__name__}")

        error = d.pop("error", UNSET)
        if error is None:
            error = UNSET
        if not isinstance(error, (str, Unset)):
            raise TypeError(f"field error: expected string, got {type(error).__name__}")

        local_authority = d.pop("local_authority", UNSET)
        if local_authority is None:
            local_authority = UNSET
        if not isinstance(local_authority, (int, Unset)):
            raise TypeError(f"field local_authority: expected integer, got {type(local_authority).__name__}")

        _nameservers = d.pop("nameservers", UNSET)
        nameservers: list[str] | Unset = UNSET
        if _nameservers is not None and not isinstance(_nameservers, Unset):  # null reads as UNSET
            if not isinstance(_nameservers, list):
                raise TypeError(f"field nameservers: expected array, got {type(_nameservers).__name__}")
            nameservers = []
            for nameservers_item_data in _nameservers:
                nameservers_item = nameservers_item_data
                if not isinstance(nameservers_item, (str,)):
                    raise TypeError(f"field nameservers_item: expected string, got {type(nameservers_item).__name__}")

                nameservers.append(nameservers_item)

        def _parse_zone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                zone_type_0 = data
                if not isinstance(zone_type_0, (str,)):
                    raise TypeError(f"field zone_type_0: expected string, got {type(zone_type_0).__name__}")

                return zone_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            zone_type_1 = data
            if zone_type_1 is not None:
                raise TypeError(f"field zone_type_1: expected null, got {type(zone_type_1).__name__}")

            return zone_type_1

        zone = _parse_zone(d.pop("zone", UNSET))

        has_local_authority_data_records_item = cls(
            domain=domain,
            error=error,
            local_authority=local_authority,
            nameservers=nameservers,
            zone=zone,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        has_local_authority_data_records_item.additional_properties = additional_properties
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
