# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetNameserverConfigData")


@_attrs_define
class GetNameserverConfigData:
    """
    Attributes:
        nameservers (list[str] | Unset):
    """

    nameservers: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        nameservers: list[str] | Unset = UNSET
        if not isinstance(self.nameservers, Unset):
            nameservers = self.nameservers

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if nameservers is not UNSET:
            field_dict["nameservers"] = nameservers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
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

        get_nameserver_config_data = cls(
            nameservers=nameservers,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        get_nameserver_config_data.additional_properties = additional_properties
        return get_nameserver_config_data

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
