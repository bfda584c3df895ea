# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_list, read_object, read_value

if TYPE_CHECKING:
    from ..models.resellerstats_data_reseller_acct_item import ResellerstatsDataResellerAcctItem


T = TypeVar("T", bound="ResellerstatsDataReseller")
_new_instance = object.__new__


@_attrs_define
class ResellerstatsDataReseller:
    """
    Attributes:
        acct (list[ResellerstatsDataResellerAcctItem] | Unset):
        bandwidthlimit (int | Unset):
        bwoverselling (int | Unset):
        diskoverselling (int | Unset):
        diskquota (int | Unset):
        diskused (float | Unset):
        month (int | Unset):
        totalbwalloc (str | Unset):
        totalbwused (str | Unset):
        totaldiskalloc (str | Unset):
        user (str | Unset):
        year (int | Unset):
    """

    acct: list[ResellerstatsDataResellerAcctItem] | Unset = UNSET
    bandwidthlimit: int | Unset = UNSET
    bwoverselling: int | Unset = UNSET
    diskoverselling: int | Unset = UNSET
    diskquota: int | Unset = UNSET
    diskused: float | Unset = UNSET
    month: int | Unset = UNSET
    totalbwalloc: str | Unset = UNSET
    totalbwused: str | Unset = UNSET
    totaldiskalloc: str | Unset = UNSET
    user: str | Unset = UNSET
    year: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        acct: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.acct, Unset):
            acct = []
            for acct_item_data in self.acct:
                acct_item = acct_item_data.to_dict()
                acct.append(acct_item)

        bandwidthlimit = self.bandwidthlimit

        bwoverselling = self.bwoverselling

        diskoverselling = self.diskoverselling

        diskquota = self.diskquota

        diskused = self.diskused

        month = self.month

        totalbwalloc = self.totalbwalloc

        totalbwused = self.totalbwused

        totaldiskalloc = self.totaldiskalloc

        user = self.user

        year = self.year

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if acct is not UNSET:
            field_dict["acct"] = acct
        if bandwidthlimit is not UNSET:
            field_dict["bandwidthlimit"] = bandwidthlimit
        if bwoverselling is not UNSET:
            field_dict["bwoverselling"] = bwoverselling
        if diskoverselling is not UNSET:
            field_dict["diskoverselling"] = diskoverselling
        if diskquota is not UNSET:
            field_dict["diskquota"] = diskquota
        if diskused is not UNSET:
            field_dict["diskused"] = diskused
        if month is not UNSET:
            field_dict["month"] = month
        if totalbwalloc is not UNSET:
            field_dict["totalbwalloc"] = totalbwalloc
        if totalbwused is not UNSET:
            field_dict["totalbwused"] = totalbwused
        if totaldiskalloc is not UNSET:
            field_dict["totaldiskalloc"] = totaldiskalloc
        if user is not UNSET:
            field_dict["user"] = user
        if year is not UNSET:
            field_dict["year"] = year

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _acct = d.pop("acct", UNSET)
        if _acct.__class__ is not list:
            _acct = read_list(_acct, "acct", False)
        acct: list[ResellerstatsDataResellerAcctItem] | Unset = UNSET
        if _acct is not UNSET:
            acct = []
            for acct_item_data in _acct:
                _acct_item = acct_item_data
                if _acct_item.__class__ is not dict:
                    _acct_item = read_object(_acct_item, "acct_item", True)
                acct_item = ResellerstatsDataResellerAcctItem.from_dict(_acct_item)

                acct.append(acct_item)

        bandwidthlimit = d.pop("bandwidthlimit", UNSET)
        if bandwidthlimit.__class__ is not int:
            bandwidthlimit = read_value(bandwidthlimit, "bandwidthlimit", "integer", False)

        bwoverselling = d.pop("bwoverselling", UNSET)
        if bwoverselling.__class__ is not int:
            bwoverselling = read_value(bwoverselling, "bwoverselling", "integer", False)

        diskoverselling = d.pop("diskoverselling", UNSET)
        if diskoverselling.__class__ is not int:
            diskoverselling = read_value(diskoverselling, "diskoverselling", "integer", False)

        diskquota = d.pop("diskquota", UNSET)
        if diskquota.__class__ is not int:
            diskquota = read_value(diskquota, "diskquota", "integer", False)

        diskused = d.pop("diskused", UNSET)
        if diskused.__class__ is not int and diskused.__class__ is not float:
            diskused = read_value(diskused, "diskused", "number", False)

        month = d.pop("month", UNSET)
        if month.__class__ is not int:
            month = read_value(month, "month", "integer", False)

        totalbwalloc = d.pop("totalbwalloc", UNSET)
        if totalbwalloc.__class__ is not str:
            totalbwalloc = read_value(totalbwalloc, "totalbwalloc", "string", False)

        totalbwused = d.pop("totalbwused", UNSET)
        if totalbwused.__class__ is not str:
            totalbwused = read_value(totalbwused, "totalbwused", "string", False)

        totaldiskalloc = d.pop("totaldiskalloc", UNSET)
        if totaldiskalloc.__class__ is not str:
            totaldiskalloc = read_value(totaldiskalloc, "totaldiskalloc", "string", False)

        user = d.pop("user", UNSET)
        if user.__class__ is not str:
            user = read_value(user, "user", "string", False)

        year = d.pop("year", UNSET)
        if year.__class__ is not int:
            year = read_value(year, "year", "integer", False)

        resellerstats_data_reseller = _new_instance(cls)
        resellerstats_data_reseller.acct = acct
        resellerstats_data_reseller.bandwidthlimit = bandwidthlimit
        resellerstats_data_reseller.bwoverselling = bwoverselling
        resellerstats_data_reseller.diskoverselling = diskoverselling
        resellerstats_data_reseller.diskquota = diskquota
        resellerstats_data_reseller.diskused = diskused
        resellerstats_data_reseller.month = month
        resellerstats_data_reseller.totalbwalloc = totalbwalloc
        resellerstats_data_reseller.totalbwused = totalbwused
        resellerstats_data_reseller.totaldiskalloc = totaldiskalloc
        resellerstats_data_reseller.user = user
        resellerstats_data_reseller.year = year

        resellerstats_data_reseller.additional_properties = dict(d) if d else {}
        return resellerstats_data_reseller

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


from ..models.resellerstats_data_reseller_acct_item import ResellerstatsDataResellerAcctItem  # noqa: E402
