# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_value

T = TypeVar("T", bound="FlushCphulkLoginHistoryForIpsData")
_new_instance = object.__new__


@_attrs_define
class FlushCphulkLoginHistoryForIpsData:
    """
    Attributes:
        iptable_bans_removed (int | Unset):
        records_removed (int | Unset):
    """

    iptable_bans_removed: int | Unset = UNSET
    records_removed: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        iptable_bans_removed = self.iptable_bans_removed

        records_removed = self.records_removed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if iptable_bans_removed is not UNSET:
            field_dict["iptable_bans_removed"] = iptable_bans_removed
        if records_removed is not UNSET:
            field_dict["records_removed"] = records_removed

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        iptable_bans_removed = d.pop("iptable_bans_removed", UNSET)
        if iptable_bans_removed.__class__ is not int:
            iptable_bans_removed = read_value(iptable_bans_removed, "iptable_bans_removed", "integer", False)

        records_removed = d.pop("records_removed", UNSET)
        if records_removed.__class__ is not int:
            records_removed = read_value(records_removed, "records_removed", "integer", False)

        flush_cphulk_login_history_for_ips_data = _new_instance(cls)
        flush_cphulk_login_history_for_ips_data.iptable_bans_removed = iptable_bans_removed
        flush_cphulk_login_history_for_ips_data.records_removed = records_removed

        flush_cphulk_login_history_for_ips_data.additional_properties = dict(d) if d else {}
        return flush_cphulk_login_history_for_ips_data

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
