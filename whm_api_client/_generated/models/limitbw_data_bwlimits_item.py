# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LimitbwDataBwlimitsItem")


@_attrs_define
class LimitbwDataBwlimitsItem:
    """
    Attributes:
        bwlimit (int | Unset):
        bwlimitenable (int | Unset):
        domains (list[str] | Unset):
        human_bwlimit (str | Unset):
        human_bwused (str | Unset):
        unlimited (int | Unset):
    """

    bwlimit: int | Unset = UNSET
    bwlimitenable: int | Unset = UNSET
    domains: list[str] | Unset = UNSET
    human_bwlimit: str | Unset = UNSET
    human_bwused: str | Unset = UNSET
    unlimited: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bwlimit = self.bwlimit

        bwlimitenable = self.bwlimitenable

        domains: list[str] | Unset = UNSET
        if not isinstance(self.domains, Unset):
            domains = self.domains

        human_bwlimit = self.human_bwlimit

        human_bwused = self.human_bwused

        unlimited = self.unlimited

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if bwlimit is not UNSET:
            field_dict["bwlimit"] = bwlimit
        if bwlimitenable is not UNSET:
            field_dict["bwlimitenable"] = bwlimitenable
        if domains is not UNSET:
            field_dict["domains"] = domains
        if human_bwlimit is not UNSET:
            field_dict["human_bwlimit"] = human_bwlimit
        if human_bwused is not UNSET:
            field_dict["human_bwused"] = human_bwused
        if unlimited is not UNSET:
            field_dict["unlimited"] = unlimited

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        bwlimit = d.pop("bwlimit", UNSET)
        if bwlimit is None:
            bwlimit = UNSET
        if not isinstance(bwlimit, (int, Unset)):
            raise TypeError(f"field bwlimit: expected integer, got {type(bwlimit).__name__}")

        bwlimitenable = d.pop("bwlimitenable", UNSET)
        if bwlimitenable is None:
            bwlimitenable = UNSET
        if not isinstance(bwlimitenable, (int, Unset)):
            raise TypeError(f"field bwlimitenable: expected integer, got {type(bwlimitenable).__name__}")

        _domains = d.pop("domains", UNSET)
        domains: list[str] | Unset = UNSET
        if _domains is not None and not isinstance(_domains, Unset):  # null reads as UNSET
            if not isinstance(_domains, list):
                raise TypeError(f"field domains: expected array, got {type(_domains).__name__}")
            domains = []
            for domains_item_data in _domains:
                domains_item = domains_item_data
                if not isinstance(domains_item, (str,)):
                    raise TypeError(f"field domains_item: expected string, got {type(domains_item).__name__}")

                domains.append(domains_item)

        human_bwlimit = d.pop("human_bwlimit", UNSET)
        if human_bwlimit is None:
            human_bwlimit = UNSET
        if not isinstance(human_bwlimit, (str, Unset)):
            raise TypeError(f"field human_bwlimit: expected string, got {type(human_bwlimit).__name__}")

        human_bwused = d.pop("human_bwused", UNSET)
        if human_bwused is None:
            human_bwused = UNSET
        if not isinstance(human_bwused, (str, Unset)):
            raise TypeError(f"field human_bwused: expected string, got {type(human_bwused).__name__}")

        unlimited = d.pop("unlimited", UNSET)
        if unlimited is None:
            unlimited = UNSET
        if not isinstance(unlimited, (int, Unset)):
            raise TypeError(f"field unlimited: expected integer, got {type(unlimited).__name__}")

        limitbw_data_bwlimits_item = cls(
            bwlimit=bwlimit,
            bwlimitenable=bwlimitenable,
            domains=domains,
            human_bwlimit=human_bwlimit,
            human_bwused=human_bwused,
            unlimited=unlimited,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        limitbw_data_bwlimits_item.additional_properties = additional_properties
        return limitbw_data_bwlimits_item

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
