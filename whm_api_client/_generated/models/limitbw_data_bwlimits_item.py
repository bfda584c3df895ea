# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_items, read_list, read_value

T = TypeVar("T", bound="LimitbwDataBwlimitsItem")
_new_instance = object.__new__


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
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
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

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        bwlimit = d.pop("bwlimit", UNSET)
        if bwlimit.__class__ is not int:
            bwlimit = read_value(bwlimit, "bwlimit", "integer", False)

        bwlimitenable = d.pop("bwlimitenable", UNSET)
        if bwlimitenable.__class__ is not int:
            bwlimitenable = read_value(bwlimitenable, "bwlimitenable", "integer", False)

        _domains = d.pop("domains", UNSET)
        if _domains.__class__ is not list:
            _domains = read_list(_domains, "domains", False)
        domains: list[str] | Unset = UNSET
        if _domains is not UNSET:
            domains = _domains
            for _item in _domains:
                if _item.__class__ is not str:
                    domains = read_items(_domains, "domains_item", "string")
                    break

        human_bwlimit = d.pop("human_bwlimit", UNSET)
        if human_bwlimit.__class__ is not str:
            human_bwlimit = read_value(human_bwlimit, "human_bwlimit", "string", False)

        human_bwused = d.pop("human_bwused", UNSET)
        if human_bwused.__class__ is not str:
            human_bwused = read_value(human_bwused, "human_bwused", "string", False)

        unlimited = d.pop("unlimited", UNSET)
        if unlimited.__class__ is not int:
            unlimited = read_value(unlimited, "unlimited", "integer", False)

        limitbw_data_bwlimits_item = _new_instance(cls)
        limitbw_data_bwlimits_item.bwlimit = bwlimit
        limitbw_data_bwlimits_item.bwlimitenable = bwlimitenable
        limitbw_data_bwlimits_item.domains = domains
        limitbw_data_bwlimits_item.human_bwlimit = human_bwlimit
        limitbw_data_bwlimits_item.human_bwused = human_bwused
        limitbw_data_bwlimits_item.unlimited = unlimited

        limitbw_data_bwlimits_item.additional_properties = dict(d) if d else {}
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
