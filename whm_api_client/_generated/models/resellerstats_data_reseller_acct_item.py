# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ResellerstatsDataResellerAcctItem")


@_attrs_define
class ResellerstatsDataResellerAcctItem:
    """
    Attributes:
        bandwidthlimit (str | Unset):
        bandwidthused (str | Unset):
        deleted (int | Unset):
        diskquota (str | Unset):
        diskused (str | Unset):
        domain (str | Unset):
        package (str | Unset):
        suspended (int | Unset):
        user (str | Unset):
    """

    bandwidthlimit: str | Unset = UNSET
    bandwidthused: str | Unset = UNSET
    deleted: int | Unset = UNSET
    diskquota: str | Unset = UNSET
    diskused: str | Unset = UNSET
    domain: str | Unset = UNSET
    package: str | Unset = UNSET
    suspended: int | Unset = UNSET
    user: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bandwidthlimit = self.bandwidthlimit

        bandwidthused = self.bandwidthused

        deleted = self.deleted

        diskquota = self.diskquota

        diskused = self.diskused

        domain = self.domain

        package = self.package

        suspended = self.suspended

        user = self.user

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if bandwidthlimit is not UNSET:
            field_dict["bandwidthlimit"] = bandwidthlimit
        if bandwidthused is not UNSET:
            field_dict["bandwidthused"] = bandwidthused
        if deleted is not UNSET:
            field_dict["deleted"] = deleted
        if diskquota is not UNSET:
            field_dict["diskquota"] = diskquota
        if diskused is not UNSET:
            field_dict["diskused"] = diskused
        if domain is not UNSET:
            field_dict["domain"] = domain
        if package is not UNSET:
            field_dict["package"] = package
        if suspended is not UNSET:
            field_dict["suspended"] = suspended
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        bandwidthlimit = d.pop("bandwidthlimit", UNSET)
        if bandwidthlimit is None:
            bandwidthlimit = UNSET
        if not isinstance(bandwidthlimit, (str, Unset)):
            raise TypeError(f"field bandwidthlimit: expected string, got {type(bandwidthlimit).__name__}")

        bandwidthused = d.pop("bandwidthused", UNSET)
        if bandwidthused is None:
            bandwidthused = UNSET
        if not isinstance(bandwidthused, (str, Unset)):
            raise TypeError(f"field bandwidthused: expected string, got {type(bandwidthused).__name__}")

        deleted = d.pop("deleted", UNSET)
        if deleted is None:
            deleted = UNSET
        if not isinstance(deleted, (int, Unset)):
            raise TypeError(f"field deleted: expected integer, got {type(deleted).__name__}")

        diskquota = d.pop("diskquota", UNSET)
        if diskquota is None:
            diskquota = UNSET
        if not isinstance(diskquota, (str, Unset)):
            raise TypeError(f"field diskquota: expected string, got {type(diskquota).__name__}")

        diskused = d.pop("diskused", UNSET)
        if diskused is None:
            diskused = UNSET
        if not isinstance(diskused, (str, Unset)):
            raise TypeError(f"field diskused: expected string, got {type(diskused).__name__}")

        domain = d.pop("domain", UNSET)
        if domain is None:
            domain = UNSET
        if not isinstance(domain, (str, Unset)):
            raise TypeError(f"field domain: expected string, got {type(domain).__name__}")

        package = d.pop("package", UNSET)
        if package is None:
            package = UNSET
        if not isinstance(package, (str, Unset)):
            raise TypeError(f"field package: expected string, got {type(package).__name__}")

        suspended = d.pop("suspended", UNSET)
        if suspended is None:
            suspended = UNSET
        if not isinstance(suspended, (int, Unset)):
            raise TypeError(f"field suspended: expected integer, got {type(suspended).__name__}")

        user = d.pop("user", UNSET)
        if user is None:
            user = UNSET
        if not isinstance(user, (str, Unset)):
            raise TypeError(f"field user: expected string, got {type(user).__name__}")

        resellerstats_data_reseller_acct_item = cls(
            bandwidthlimit=bandwidthlimit,
            bandwidthused=bandwidthused,
            deleted=deleted,
            diskquota=diskquota,
            diskused=diskused,
            domain=domain,
            package=package,
            suspended=suspended,
            user=user,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        resellerstats_data_reseller_acct_item.additional_properties = additional_properties
        return resellerstats_data_reseller_acct_item

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
