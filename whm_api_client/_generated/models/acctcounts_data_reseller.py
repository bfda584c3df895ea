# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AcctcountsDataReseller")


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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        active = d.pop("active", UNSET)
        if active is None:
            active = UNSET
        if not isinstance(active, (int, Unset)):
            raise TypeError(f"field active: expected integer, got {type(active).__name__}")

        def _parse_limit(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                limit_type_0 = data
                if not isinstance(limit_type_0, (int,)):
                    raise TypeError(f"field limit_type_0: expected integer, got {type(limit_type_0).__name__}")

                return limit_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            limit_type_1 = data
            if limit_type_1 is not None:
                raise TypeError(f"field limit_type_1: expected null, got {type(limit_type_1).__name__}")

            return limit_type_1

        limit = _parse_limit(d.pop("limit", UNSET))

        def _parse_suspended(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                suspended_type_0 = data
                if not isinstance(suspended_type_0, (int,)):
                    raise TypeError(f"field suspended_type_0: expected integer, got {type(suspended_type_0).__name__}")

                return suspended_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            suspended_type_1 = data
            if suspended_type_1 is not None:
                raise TypeError(f"field suspended_type_1: expected null, got {type(suspended_type_1).__name__}")

            return suspended_type_1

        suspended = _parse_suspended(d.pop("suspended", UNSET))

        user = d.pop("user", UNSET)
        if user is None:
            user = UNSET
        if not isinstance(user, (str, Unset)):
            raise TypeError(f"field user: expected string, got {type(user).__name__}")

        acctcounts_data_reseller = cls(
            active=active,
            limit=limit,
            suspended=suspended,
            user=user,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        acctcounts_data_reseller.additional_properties = additional_properties
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
