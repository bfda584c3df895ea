# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_value

T = TypeVar("T", bound="ResellerstatsDataResellerAcctItem")
_new_instance = object.__new__


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
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
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

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        bandwidthlimit = d.pop("bandwidthlimit", UNSET)
        if bandwidthlimit.__class__ is not str:
            bandwidthlimit = read_value(bandwidthlimit, "bandwidthlimit", "string", False)

        bandwidthused = d.pop("bandwidthused", UNSET)
        if bandwidthused.__class__ is not str:
            bandwidthused = read_value(bandwidthused, "bandwidthused", "string", False)

        deleted = d.pop("deleted", UNSET)
        if deleted.__class__ is not int:
            deleted = read_value(deleted, "deleted", "integer", False)

        diskquota = d.pop("diskquota", UNSET)
        if diskquota.__class__ is not str:
            diskquota = read_value(diskquota, "diskquota", "string", False)

        diskused = d.pop("diskused", UNSET)
        if diskused.__class__ is not str:
            diskused = read_value(diskused, "diskused", "string", False)

        domain = d.pop("domain", UNSET)
        if domain.__class__ is not str:
            domain = read_value(domain, "domain", "string", False)

        package = d.pop("package", UNSET)
        if package.__class__ is not str:
            package = read_value(package, "package", "string", False)

        suspended = d.pop("suspended", UNSET)
        if suspended.__class__ is not int:
            suspended = read_value(suspended, "suspended", "integer", False)

        user = d.pop("user", UNSET)
        if user.__class__ is not str:
            user = read_value(user, "user", "string", False)

        resellerstats_data_reseller_acct_item = _new_instance(cls)
        resellerstats_data_reseller_acct_item.bandwidthlimit = bandwidthlimit
        resellerstats_data_reseller_acct_item.bandwidthused = bandwidthused
        resellerstats_data_reseller_acct_item.deleted = deleted
        resellerstats_data_reseller_acct_item.diskquota = diskquota
        resellerstats_data_reseller_acct_item.diskused = diskused
        resellerstats_data_reseller_acct_item.domain = domain
        resellerstats_data_reseller_acct_item.package = package
        resellerstats_data_reseller_acct_item.suspended = suspended
        resellerstats_data_reseller_acct_item.user = user

        resellerstats_data_reseller_acct_item.additional_properties = dict(d) if d else {}
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
