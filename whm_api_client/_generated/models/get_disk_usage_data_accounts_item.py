# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetDiskUsageDataAccountsItem")


@_attrs_define
class GetDiskUsageDataAccountsItem:
    """
    Attributes:
        blocks_limit (int | None | Unset):
        blocks_used (int | Unset):
        inodes_limit (int | None | Unset):
        inodes_used (int | Unset):
        user (str | Unset):
    """

    blocks_limit: int | None | Unset = UNSET
    blocks_used: int | Unset = UNSET
    inodes_limit: int | None | Unset = UNSET
    inodes_used: int | Unset = UNSET
    user: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        blocks_limit: int | None | Unset
        if isinstance(self.blocks_limit, Unset):
            blocks_limit = UNSET
        else:
            blocks_limit = self.blocks_limit

        blocks_used = self.blocks_used

        inodes_limit: int | None | Unset
        if isinstance(self.inodes_limit, Unset):
            inodes_limit = UNSET
        else:
            inodes_limit = self.inodes_limit

        inodes_used = self.inodes_used

        user = self.user

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if blocks_limit is not UNSET:
            field_dict["blocks_limit"] = blocks_limit
        if blocks_used is not UNSET:
            field_dict["blocks_used"] = blocks_used
        if inodes_limit is not UNSET:
            field_dict["inodes_limit"] = inodes_limit
        if inodes_used is not UNSET:
            field_dict["inodes_used"] = inodes_used
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_blocks_limit(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                blocks_limit_type_0 = data
                if not isinstance(blocks_limit_type_0, (int,)):
                    raise TypeError(
                        f"field blocks_limit_type_0: expected integer, got {type(blocks_limit_type_0).__name__}"
                    )

                return blocks_limit_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            blocks_limit_type_1 = data
            if blocks_limit_type_1 is not None:
                raise TypeError(f"field blocks_limit_type_1: expected null, got {type(blocks_limit_type_1).__name__}")

            return blocks_limit_type_1

        blocks_limit = _parse_blocks_limit(d.pop("blocks_limit", UNSET))

        blocks_used = d.pop("blocks_used", UNSET)
        if blocks_used is None:
            blocks_used = UNSET
        if not isinstance(blocks_used, (int, Unset)):
            raise TypeError(f"field blocks_used: expected integer, got {type(blocks_used).__name__}")

        def _parse_inodes_limit(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                inodes_limit_type_0 = data
                if not isinstance(inodes_limit_type_0, (int,)):
                    raise TypeError(
                        f"field inodes_limit_type_0: expected integer, got {type(inodes_limit_type_0).__name__}"
                    )

                return inodes_limit_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            inodes_limit_type_1 = data
            if inodes_limit_type_1 is not None:
                raise TypeError(f"field inodes_limit_type_1: expected null, got {type(inodes_limit_type_1).__name__}")

            return inodes_limit_type_1

        inodes_limit = _parse_inodes_limit(d.pop("inodes_limit", UNSET))

        inodes_used = d.pop("inodes_used", UNSET)
        if inodes_used is None:
            inodes_used = UNSET
        if not isinstance(inodes_used, (int, Unset)):
            raise TypeError(f"field inodes_used: expected integer, got {type(inodes_used).__name__}")

        user = d.pop("user", UNSET)
        if user is None:
            user = UNSET
        if not isinstance(user, (str, Unset)):
            raise TypeError(f"field user: expected string, got {type(user).__name__}")

        get_disk_usage_data_accounts_item = cls(
            blocks_limit=blocks_limit,
            blocks_used=blocks_used,
            inodes_limit=inodes_limit,
            inodes_used=inodes_used,
            user=user,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        get_disk_usage_data_accounts_item.additional_properties = additional_properties
        return get_disk_usage_data_accounts_item

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
