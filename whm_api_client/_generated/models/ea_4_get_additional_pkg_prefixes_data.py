# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Ea4GetAdditionalPkgPrefixesData")


@_attrs_define
class Ea4GetAdditionalPkgPrefixesData:
    """
    Attributes:
        additional_pkg_prefixes (list[str] | Unset):
    """

    additional_pkg_prefixes: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        additional_pkg_prefixes: list[str] | Unset = UNSET
        if not isinstance(self.additional_pkg_prefixes, Unset):
            additional_pkg_prefixes = self.additional_pkg_prefixes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if additional_pkg_prefixes is not UNSET:
            field_dict["additional_pkg_prefixes"] = additional_pkg_prefixes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _additional_pkg_prefixes = d.pop("additional_pkg_prefixes", UNSET)
        additional_pkg_prefixes: list[str] | Unset = UNSET
        if _additional_pkg_prefixes is not None and not isinstance(
            _additional_pkg_prefixes, Unset
        ):  # null reads as UNSET
            if not isinstance(_additional_pkg_prefixes, list):
                raise TypeError(
                    f"field additional_pkg_prefixes: expected array, got {type(_additional_pkg_prefixes).__name__}"
                )
            additional_pkg_prefixes = []
            for additional_pkg_prefixes_item_data in _additional_pkg_prefixes:
                additional_pkg_prefixes_item = additional_pkg_prefixes_item_data
                if not isinstance(additional_pkg_prefixes_item, (str,)):
                    raise TypeError(
                        f"field additional_pkg_prefixes_item: expected string, got {type(additional_pkg_prefixes_item).__name__}"
                    )

                additional_pkg_prefixes.append(additional_pkg_prefixes_item)

        ea_4_get_additional_pkg_prefixes_data = cls(
            additional_pkg_prefixes=additional_pkg_prefixes,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        ea_4_get_additional_pkg_prefixes_data.additional_properties = additional_properties
        return ea_4_get_additional_pkg_prefixes_data

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
