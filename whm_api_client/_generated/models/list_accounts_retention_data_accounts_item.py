# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ListAccountsRetentionDataAccountsItem")


@_attrs_define
class ListAccountsRetentionDataAccountsItem:
    """
    Attributes:
        domain (str | Unset):
        retention_days (int | None | Unset):
        user (str | Unset):
        using_default (bool | Unset):
    """

    domain: str | Unset = UNSET
    retention_days: int | None | Unset = UNSET
    user: str | Unset = UNSET
    using_default: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        domain = self.domain

        retention_days: int | None | Unset
        if isinstance(self.retention_days, Unset):
            retention_days = UNSET
        else:
            retention_days = self.retention_days

        user = self.user

        using_default = self.using_default

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if domain is not UNSET:
            field_dict["domain"] = domain
        if retention_days is not UNSET:
            field_dict["retention_days"] = retention_days
        if user is not UNSET:
            field_dict["user"] = user
        if using_default is not UNSET:
            field_dict["using_default"] = using_default

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        domain = d.pop("domain", UNSET)
        if domain is None:
            domain = UNSET
        if not isinstance(domain, (str, Unset)):
            raise TypeError(f"field domain: expected string, got {type(domain).__name__}")

        def _parse_retention_days(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                retention_days_type_0 = data
                if not isinstance(retention_days_type_0, (int,)):
                    raise TypeError(
                        f"field retention_days_type_0: expected integer, got {type(retention_days_type_0).__name__}"
                    )

                return retention_days_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            retention_days_type_1 = data
            if retention_days_type_1 is not None:
                raise TypeError(
                    f"field retention_days_type_1: expected null, got {type(retention_days_type_1).__name__}"
                )

            return retention_days_type_1

        retention_days = _parse_retention_days(d.pop("retention_days", UNSET))

        user = d.pop("user", UNSET)
        if user is None:
            user = UNSET
        if not isinstance(user, (str, Unset)):
            raise TypeError(f"field user: expected string, got {type(user).__name__}")

        using_default = d.pop("using_default", UNSET)
        if using_default is None:
            using_default = UNSET
        if not isinstance(using_default, (bool, Unset)):
            raise TypeError(f"field using_default: expected boolean, got {type(using_default).__name__}")

        list_accounts_retention_data_accounts_item = cls(
            domain=domain,
            retention_days=retention_days,
            user=user,
            using_default=using_default,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        list_accounts_retention_data_accounts_item.additional_properties = additional_properties
        return list_accounts_retention_data_accounts_item

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
