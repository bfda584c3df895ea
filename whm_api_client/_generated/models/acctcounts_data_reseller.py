# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_value

T = TypeVar("T", bound="AcctcountsDataReseller")
_new_instance = object.__new__


@_attrs_define
class AcctcountsDataReseller:
    """
    Attributes:
        active (int | Unset):
        limit (int | None | Unset):
        suspended (int | None | Unset):
        user (str | Unset):
    """

    active: int | Unset = UNSET
    limit: int | None | Unset = UNSET
    suspended: int | None | Unset = UNSET
    user: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        active = self.active

        limit: int | None | Unset
        if isinstance(self.limit, Unset):
            limit = UNSET
        else:
            limit = self.limit

        suspended: int | None | Unset
        if isinstance(self.suspended, Unset):
            suspended = UNSET
        else:
            suspended = self.suspended

        user = self.user

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if active is not UNSET:
            field_dict["active"] = active
        if limit is not UNSET:
            field_dict["limit"] = limit
        if suspended is not UNSET:
            field_dict["suspended"] = suspended
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        active = d.pop("active", UNSET)
        if active.__class__ is not int:
            active = read_value(active, "active", "integer", False)

        limit = d.pop("limit", UNSET)
        if limit.__class__ is not int and limit is not None:
            limit = read_value(limit, "limit", "integer", False)

        suspended = d.pop("suspended", UNSET)
        if suspended.__class__ is not int and suspended is not None:
            suspended = read_value(suspended, "suspended", "integer", False)

        user = d.pop("user", UNSET)
        if user.__class__ is not str:
            user = read_value(user, "user", "string", False)

        acctcounts_data_reseller = _new_instance(cls)
        acctcounts_data_reseller.active = active
        acctcounts_data_reseller.limit = limit
        acctcounts_data_reseller.suspended = suspended
        acctcounts_data_reseller.user = user

        acctcounts_data_reseller.additional_properties = dict(d) if d else {}
        return acctcounts_data_reseller

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
