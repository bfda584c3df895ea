# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EmailtrackStatsDataRecordsItem")


@_attrs_define
class EmailtrackStatsDataRecordsItem:
    """
    Attributes:
        defercount (int | Unset):
        deferfailcount (int | Unset):
        failcount (int | Unset):
        inprogresscount (int | Unset):
        sendcount (int | Unset):
        successcount (int | Unset):
        totalsize (int | Unset):
    """

    defercount: int | Unset = UNSET
    deferfailcount: int | Unset = UNSET
    failcount: int | Unset = UNSET
    inprogresscount: int | Unset = UNSET
    sendcount: int | Unset = UNSET
    successcount: int | Unset = UNSET
    totalsize: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        defercount = self.defercount

        deferfailcount = self.deferfailcount

        failcount = self.failcount

        inprogresscount = self.inprogresscount

        sendcount = self.sendcount

        successcount = self.successcount

        totalsize = self.totalsize

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if defercount is not UNSET:
            field_dict["DEFERCOUNT"] = defercount
        if deferfailcount is not UNSET:
            field_dict["DEFERFAILCOUNT"] = deferfailcount
        if failcount is not UNSET:
            field_dict["FAILCOUNT"] = failcount
        if inprogresscount is not UNSET:
            field_dict["INPROGRESSCOUNT"] = inprogresscount
        if sendcount is not UNSET:
            field_dict["SENDCOUNT"] = sendcount
        if successcount is not UNSET:
            field_dict["SUCCESSCOUNT"] = successcount
        if totalsize is not UNSET:
            field_dict["TOTALSIZE"] = totalsize

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        defercount = d.pop("DEFERCOUNT", UNSET)
        if defercount is None:
            defercount = UNSET
        if not isinstance(defercount, (int, Unset)):
            raise TypeError(f"field DEFERCOUNT: expected integer, got {type(defercount).__name__}")

        deferfailcount = d.pop("DEFERFAILCOUNT", UNSET)
        if deferfailcount is None:
            deferfailcount = UNSET
        if not isinstance(deferfailcount, (int, Unset)):
            raise TypeError(f"field DEFERFAILCOUNT: expected integer, got {type(deferfailcount).__name__}")

        failcount = d.pop("FAILCOUNT", UNSET)
        if failcount is None:
            failcount = UNSET
        if not isinstance(failcount, (int, Unset)):
            raise TypeError(f"field FAILCOUNT: expected integer, got {type(failcount).__name__}")

        inprogresscount = d.pop("INPROGRESSCOUNT", UNSET)
        if inprogresscount is None:
            inprogresscount = UNSET
        if not isinstance(inprogresscount, (int, Unset)):
            raise TypeError(f"field INPROGRESSCOUNT: expected integer, got {type(inprogresscount).__name__}")

        sendcount = d.pop("SENDCOUNT", UNSET)
        if sendcount is None:
            sendcount = UNSET
        if not isinstance(sendcount, (int, Unset)):
            raise TypeError(f"field SENDCOUNT: expected integer, got {type(sendcount).__name__}")

        successcount = d.pop("SUCCESSCOUNT", UNSET)
        if successcount is None:
            successcount = UNSET
        if not isinstance(successcount, (int, Unset)):
            raise TypeError(f"field SUCCESSCOUNT: expected integer, got {type(successcount).__name__}")

        totalsize = d.pop("TOTALSIZE", UNSET)
        if totalsize is None:
            totalsize = UNSET
        if not isinstance(totalsize, (int, Unset)):
            raise TypeError(f"field TOTALSIZE: expected integer, got {type(totalsize).__name__}")

        emailtrack_stats_data_records_item = cls(
            defercount=defercount,
            deferfailcount=deferfailcount,
            failcount=failcount,
            inprogresscount=inprogresscount,
            sendcount=sendcount,
            successcount=successcount,
            totalsize=totalsize,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        emailtrack_stats_data_records_item.additional_properties = additional_properties
        return emailtrack_stats_data_records_item

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
