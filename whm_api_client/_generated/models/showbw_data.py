# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.showbw_data_acct_item import ShowbwDataAcctItem


T = TypeVar("T", bound="ShowbwData")


@_attrs_define
class ShowbwData:
    """
    Attributes:
        acct (list[ShowbwDataAcctItem] | Unset):
        month (int | Unset):
        reseller (str | Unset):
        totalused (int | Unset):
        year (int | Unset):
    """

    acct: list[ShowbwDataAcctItem] | Unset = UNSET
    month: int | Unset = UNSET
    reseller: str | Unset = UNSET
    totalused: int | Unset = UNSET
    year: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        acct: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.acct, Unset):
            acct = []
            for acct_item_data in self.acct:
                acct_item = acct_item_data.to_dict()
                acct.append(acct_item)

        month = self.month

        reseller = self.reseller

        totalused = self.totalused

        year = self.year

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if acct is not UNSET:
            field_dict["acct"] = acct
        if month is not UNSET:
            field_dict["month"] = month
        if reseller is not UNSET:
            field_dict["reseller"] = reseller
        if totalused is not UNSET:
            field_dict["totalused"] = totalused
        if year is not UNSET:
            field_dict["year"] = year

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _acct = d.pop("acct", UNSET)
        acct: list[ShowbwDataAcctItem] | Unset = UNSET
        if _acct is not None and not isinstance(_acct, Unset):  # null reads as UNSET
            if not isinstance(_acct, list):
                raise TypeError(f"field acct: expected array, got {type(_acct).__name__}")
            acct = []
            for acct_item_data in _acct:
                _acct_item = acct_item_data
                if not isinstance(_acct_item, dict):
                    raise TypeError(f"field acct_item: expected object, got {type(_acct_item).__name__}")
                acct_item = ShowbwDataAcctItem.from_dict(_acct_item)

                acct.append(acct_item)

        month = d.pop("month", UNSET)
        if month is None:
            month = UNSET
        if not isinstance(month, (int, Unset)):
            raise TypeError(f"field month: expected integer, got {type(month).__name__}")

        reseller = d.pop("reseller", UNSET)
        if reseller is None:
            reseller = UNSET
        if not isinstance(reseller, (str, Unset)):
            raise TypeError(f"field reseller: expected string, got {type(reseller).__name__}")

        totalused = d.pop("totalused", UNSET)
        if totalused is None:
            totalused = UNSET
        if not isinstance(totalused, (int, Unset)):
            raise TypeError(f"field totalused: expected integer, got {type(totalused).__name__}")

        year = d.pop("year", UNSET)
        if year is None:
            year = UNSET
        if not isinstance(year, (int, Unset)):
            raise TypeError(f"field year: expected integer, got {type(year).__name__}")

        showbw_data = cls(
            acct=acct,
            month=month,
            reseller=reseller,
            totalused=totalused,
            year=year,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        showbw_data.additional_properties = additional_properties
        return showbw_data

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


from ..models.showbw_data_acct_item import ShowbwDataAcctItem  # noqa: E402
