# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.resellerstats_data_reseller_acct_item import ResellerstatsDataResellerAcctItem


T = TypeVar("T", bound="ResellerstatsDataReseller")


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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _acct = d.pop("acct", UNSET)
        acct: list[ResellerstatsDataResellerAcctItem] | Unset = UNSET
        if _acct is not None and not isinstance(_acct, Unset):  # null reads as UNSET
            if not isinstance(_acct, list):
                raise TypeError(f"field acct: expected array, got {type(_acct).__name__}")
            acct = []
            for acct_item_data in _acct:
                _acct_item = acct_item_data
                if not isinstance(_acct_item, dict):
                    raise TypeError(f"field acct_item: expected object, got {type(_acct_item).__name__}")
                acct_item = ResellerstatsDataResellerAcctItem.from_dict(_acct_item)

                acct.append(acct_item)

        bandwidthlimit = d.pop("bandwidthlimit", UNSET)
        if bandwidthlimit is None:
            bandwidthlimit = UNSET
        if not isinstance(bandwidthlimit, (int, Unset)):
            raise TypeError(f"field bandwidthlimit: expected integer, got {type(bandwidthlimit).__name__}")

        bwoverselling = d.pop("bwoverselling", UNSET)
        if bwoverselling is None:
            bwoverselling = UNSET
        if not isinstance(bwoverselling, (int, Unset)):
            raise TypeError(f"field bwoverselling: expected integer, got {type(bwoverselling).__name__}")

        diskoverselling = d.pop("diskoverselling", UNSET)
        if diskoverselling is None:
            diskoverselling = UNSET
        if not isinstance(diskoverselling, (int, Unset)):
            raise TypeError(f"field diskoverselling: expected integer, got {type(diskoverselling).__name__}")

        diskquota = d.pop("diskquota", UNSET)
        if diskquota is None:
            diskquota = UNSET
        if not isinstance(diskquota, (int, Unset)):
            raise TypeError(f"field diskquota: expected integer, got {type(diskquota).__name__}")

        diskused = d.pop("diskused", UNSET)
        if diskused is None:
            diskused = UNSET
        if not isinstance(diskused, (int, float, Unset)):
            raise TypeError(f"field diskused: expected number, got {type(diskused).__name__}")

        month = d.pop("month", UNSET)
        if month is None:
            month = UNSET
        if not isinstance(month, (int, Unset)):
            raise TypeError(f"field month: expected integer, got {type(month).__name__}")

        totalbwalloc = d.pop("totalbwalloc", UNSET)
        if totalbwalloc is None:
            totalbwalloc = UNSET
        if not isinstance(totalbwalloc, (str, Unset)):
            raise TypeError(f"field totalbwalloc: expected string, got {type(totalbwalloc).__name__}")

        totalbwused = d.pop("totalbwused", UNSET)
        if totalbwused is None:
            totalbwused = UNSET
        if not isinstance(totalbwused, (str, Unset)):
            raise TypeError(f"field totalbwused: expected string, got {type(totalbwused).__name__}")

        totaldiskalloc = d.pop("totaldiskalloc", UNSET)
        if totaldiskalloc is None:
            totaldiskalloc = UNSET
        if not isinstance(totaldiskalloc, (str, Unset)):
            raise TypeError(f"field totaldiskalloc: expected string, got {type(totaldiskalloc).__name__}")

        user = d.pop("user", UNSET)
        if user is None:
            user = UNSET
        if not isinstance(user, (str, Unset)):
            raise TypeError(f"field user: expected string, got {type(user).__name__}")

        year = d.pop("year", UNSET)
        if year is None:
            year = UNSET
        if not isinstance(year, (int, Unset)):
            raise TypeError(f"field year: expected integer, got {type(year).__name__}")

        resellerstats_data_reseller = cls(
            acct=acct,
            bandwidthlimit=bandwidthlimit,
            bwoverselling=bwoverselling,
            diskoverselling=diskoverselling,
            diskquota=diskquota,
            diskused=diskused,
            month=month,
            totalbwalloc=totalbwalloc,
            totalbwused=totalbwused,
            totaldiskalloc=totaldiskalloc,
            user=user,
            year=year,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        resellerstats_data_reseller.additional_properties = additional_properties
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
