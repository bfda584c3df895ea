# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ShowbwDataAcctItemBwusageItem")


@_attrs_define
class ShowbwDataAcctItemBwusageItem:
    """
    Attributes:
        deleted (int | Unset):
        domain (str | Unset):
        usage (int | Unset):
    """

    deleted: int | Unset = UNSET
    domain: str | Unset = UNSET
    usage: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        deleted = self.deleted

        domain = self.domain

        usage = self.usage

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if deleted is not UNSET:
            field_dict["deleted"] = deleted
        if domain is not UNSET:
            field_dict["domain"] = domain
        if usage is not UNSET:
            field_dict["usage"] = usage

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        deleted = d.pop("deleted", UNSET)
        if deleted is None:
            deleted = UNSET
        if not isinstance(deleted, (int, Unset)):
            raise TypeError(f"field deleted: expected integer, got {type(deleted).__name__}")

        domain = d.pop("domain", UNSET)
        if domain is None:
            domain = UNSET
        if not isinstance(domain, (str, Unset)):
            raise TypeError(f"field domain: expected string, got {type(domain).__name__}")

        usage = d.pop("usage", UNSET)
        if usage is None:
            usage = UNSET
        if not isinstance(usage, (int, Unset)):
            raise TypeError(f"field usage: expected integer, got {type(usage).__name__}")

        showbw_data_acct_item_bwusage_item = cls(
            deleted=deleted,
            domain=domain,
            usage=usage,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        showbw_data_acct_item_bwusage_item.additional_properties = additional_properties
        return showbw_data_acct_item_bwusage_item

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
