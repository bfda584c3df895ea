# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetLtsWexpireDataTiersAdditionalPropertyItem")


@_attrs_define
class GetLtsWexpireDataTiersAdditionalPropertyItem:
    """
    Attributes:
        build (str | Unset):
        expires (str | Unset):
        is_lts (int | Unset):
        is_main (int | Unset):
        named (list[str] | Unset):
    """

    build: str | Unset = UNSET
    expires: str | Unset = UNSET
    is_lts: int | Unset = UNSET
    is_main: int | Unset = UNSET
    named: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        build = self.build

        expires = self.expires

        is_lts = self.is_lts

        is_main = self.is_main

        named: list[str] | Unset = UNSET
        if not isinstance(self.named, Unset):
            named = self.named

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if build is not UNSET:
            field_dict["build"] = build
        if expires is not UNSET:
            field_dict["expires"] = expires
        if is_lts is not UNSET:
            field_dict["is_lts"] = is_lts
        if is_main is not UNSET:
            field_dict["is_main"] = is_main
        if named is not UNSET:
            field_dict["named"] = named

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        build = d.pop("build", UNSET)
        if build is None:
            build = UNSET
        if not isinstance(build, (str, Unset)):
            raise TypeError(f"field build: expected string, got {type(build).__name__}")

        expires = d.pop("expires", UNSET)
        if expires is None:
            expires = UNSET
        if not isinstance(expires, (str, Unset)):
            raise TypeError(f"field expires: expected string, got {type(expires).__name__}")

        is_lts = d.pop("is_lts", UNSET)
        if is_lts is None:
            is_lts = UNSET
        if not isinstance(is_lts, (int, Unset)):
            raise TypeError(f"field is_lts: expected integer, got {type(is_lts).__name__}")

        is_main = d.pop("is_main", UNSET)
        if is_main is None:
            is_main = UNSET
        if not isinstance(is_main, (int, Unset)):
            raise TypeError(f"field is_main: expected integer, got {type(is_main).__name__}")

        _named = d.pop("named", UNSET)
        named: list[str] | Unset = UNSET
        if _named is not None and not isinstance(_named, Unset):  # null reads as UNSET
            if not isinstance(_named, list):
                raise TypeError(f"field named: expected array, got {type(_named).__name__}")
            named = []
            for named_item_data in _named:
                named_item = named_item_data
                if not isinstance(named_item, (str,)):
                    raise TypeError(f"field named_item: expected string, got {type(named_item).__name__}")

                named.append(named_item)

        get_lts_wexpire_data_tiers_additional_property_item = cls(
            build=build,
            expires=expires,
            is_lts=is_lts,
            is_main=is_main,
            named=named,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        get_lts_wexpire_data_tiers_additional_property_item.additional_properties = additional_properties
        return get_lts_wexpire_data_tiers_additional_property_item

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
