# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_value

T = TypeVar("T", bound="EmailtrackStatsDataRecordsItem")
_new_instance = object.__new__


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
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
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

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        defercount = d.pop("DEFERCOUNT", UNSET)
        if defercount.__class__ is not int:
            defercount = read_value(defercount, "DEFERCOUNT", "integer", False)

        deferfailcount = d.pop("DEFERFAILCOUNT", UNSET)
        if deferfailcount.__class__ is not int:
            deferfailcount = read_value(deferfailcount, "DEFERFAILCOUNT", "integer", False)

        failcount = d.pop("FAILCOUNT", UNSET)
        if failcount.__class__ is not int:
            failcount = read_value(failcount, "FAILCOUNT", "integer", False)

        inprogresscount = d.pop("INPROGRESSCOUNT", UNSET)
        if inprogresscount.__class__ is not int:
            inprogresscount = read_value(inprogresscount, "INPROGRESSCOUNT", "integer", False)

        sendcount = d.pop("SENDCOUNT", UNSET)
        if sendcount.__class__ is not int:
            sendcount = read_value(sendcount, "SENDCOUNT", "integer", False)

        successcount = d.pop("SUCCESSCOUNT", UNSET)
        if successcount.__class__ is not int:
            successcount = read_value(successcount, "SUCCESSCOUNT", "integer", False)

        totalsize = d.pop("TOTALSIZE", UNSET)
        if totalsize.__class__ is not int:
            totalsize = read_value(totalsize, "TOTALSIZE", "integer", False)

        emailtrack_stats_data_records_item = _new_instance(cls)
        emailtrack_stats_data_records_item.defercount = defercount
        emailtrack_stats_data_records_item.deferfailcount = deferfailcount
        emailtrack_stats_data_records_item.failcount = failcount
        emailtrack_stats_data_records_item.inprogresscount = inprogresscount
        emailtrack_stats_data_records_item.sendcount = sendcount
        emailtrack_stats_data_records_item.successcount = successcount
        emailtrack_stats_data_records_item.totalsize = totalsize

        emailtrack_stats_data_records_item.additional_properties = dict(d) if d else {}
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
