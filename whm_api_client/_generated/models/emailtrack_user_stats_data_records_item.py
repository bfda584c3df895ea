# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_value

T = TypeVar("T", bound="EmailtrackUserStatsDataRecordsItem")
_new_instance = object.__new__


@_attrs_define
class EmailtrackUserStatsDataRecordsItem:
    """
    Attributes:
        defercount (int | Unset):
        deferfailcount (int | Unset):
        domain (str | Unset):
        failcount (int | Unset):
        owner (str | Unset):
        primary_domain (str | Unset):
        reached_maxdeferfail (int | Unset):
        reached_maxemails (int | Unset):
        sendcount (int | Unset):
        successcount (int | Unset):
        totalsize (int | Unset):
        user (str | Unset):
    """

    defercount: int | Unset = UNSET
    deferfailcount: int | Unset = UNSET
    domain: str | Unset = UNSET
    failcount: int | Unset = UNSET
    owner: str | Unset = UNSET
    primary_domain: str | Unset = UNSET
    reached_maxdeferfail: int | Unset = UNSET
    reached_maxemails: int | Unset = UNSET
    sendcount: int | Unset = UNSET
    successcount: int | Unset = UNSET
    totalsize: int | Unset = UNSET
    user: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        defercount = self.defercount

        deferfailcount = self.deferfailcount

        domain = self.domain

        failcount = self.failcount

        owner = self.owner

        primary_domain = self.primary_domain

        reached_maxdeferfail = self.reached_maxdeferfail

        reached_maxemails = self.reached_maxemails

        sendcount = self.sendcount

        successcount = self.successcount

        totalsize = self.totalsize

        user = self.user

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if defercount is not UNSET:
            field_dict["DEFERCOUNT"] = defercount
        if deferfailcount is not UNSET:
            field_dict["DEFERFAILCOUNT"] = deferfailcount
        if domain is not UNSET:
            field_dict["DOMAIN"] = domain
        if failcount is not UNSET:
            field_dict["FAILCOUNT"] = failcount
        if owner is not UNSET:
            field_dict["OWNER"] = owner
        if primary_domain is not UNSET:
            field_dict["PRIMARY_DOMAIN"] = primary_domain
        if reached_maxdeferfail is not UNSET:
            field_dict["REACHED_MAXDEFERFAIL"] = reached_maxdeferfail
        if reached_maxemails is not UNSET:
            field_dict["REACHED_MAXEMAILS"] = reached_maxemails
        if sendcount is not UNSET:
            field_dict["SENDCOUNT"] = sendcount
        if successcount is not UNSET:
            field_dict["SUCCESSCOUNT"] = successcount
        if totalsize is not UNSET:
            field_dict["TOTALSIZE"] = totalsize
        if user is not UNSET:
            field_dict["USER"] = user

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

        domain = d.pop("DOMAIN", UNSET)
        if domain.__class__ is not str:
            domain = read_value(domain, "DOMAIN", "string", False)

        failcount = d.pop("FAILCOUNT", UNSET)
        if failcount.__class__ is not int:
            failcount = read_value(failcount, "FAILCOUNT", "integer", False)

        owner = d.pop("OWNER", UNSET)
        if owner.__class__ is not str:
            owner = read_value(owner, "OWNER", "string", False)

        primary_domain = d.pop("PRIMARY_DOMAIN", UNSET)
        if primary_domain.__class__ is not str:
            primary_domain = read_value(primary_domain, "PRIMARY_DOMAIN", "string", False)

        reached_maxdeferfail = d.pop("REACHED_MAXDEFERFAIL", UNSET)
        if reached_maxdeferfail.__class__ is not int:
            reached_maxdeferfail = read_value(reached_maxdeferfail, "REACHED_MAXDEFERFAIL", "integer", False)

        reached_maxemails = d.pop("REACHED_MAXEMAILS", UNSET)
        if reached_maxemails.__class__ is not int:
            reached_maxemails = read_value(reached_maxemails, "REACHED_MAXEMAILS", "integer", False)

        sendcount = d.pop("SENDCOUNT", UNSET)
        if sendcount.__class__ is not int:
            sendcount = read_value(sendcount, "SENDCOUNT", "integer", False)

        successcount = d.pop("SUCCESSCOUNT", UNSET)
        if successcount.__class__ is not int:
            successcount = read_value(successcount, "SUCCESSCOUNT", "integer", False)

        totalsize = d.pop("TOTALSIZE", UNSET)
        if totalsize.__class__ is not int:
            totalsize = read_value(totalsize, "TOTALSIZE", "integer", False)

        user = d.pop("USER", UNSET)
        if user.__class__ is not str:
            user = read_value(user, "USER", "string", False)

        emailtrack_user_stats_data_records_item = _new_instance(cls)
        emailtrack_user_stats_data_records_item.defercount = defercount
        emailtrack_user_stats_data_records_item.deferfailcount = deferfailcount
        emailtrack_user_stats_data_records_item.domain = domain
        emailtrack_user_stats_data_records_item.failcount = failcount
        emailtrack_user_stats_data_records_item.owner = owner
        emailtrack_user_stats_data_records_item.primary_domain = primary_domain
        emailtrack_user_stats_data_records_item.reached_maxdeferfail = reached_maxdeferfail
        emailtrack_user_stats_data_records_item.reached_maxemails = reached_maxemails
        emailtrack_user_stats_data_records_item.sendcount = sendcount
        emailtrack_user_stats_data_records_item.successcount = successcount
        emailtrack_user_stats_data_records_item.totalsize = totalsize
        emailtrack_user_stats_data_records_item.user = user

        emailtrack_user_stats_data_records_item.additional_properties = dict(d) if d else {}
        return emailtrack_user_stats_data_records_item

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
