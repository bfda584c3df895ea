# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EmailtrackUserStatsDataRecordsItem")


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

        domain = d.pop("DOMAIN", UNSET)
        if domain is None:
            domain = UNSET
        if not isinstance(domain, (str, Unset)):
            raise TypeError(f"field DOMAIN: expected string, got {type(domain).__name__}")

        failcount = d.pop("FAILCOUNT", UNSET)
        if failcount is None:
            failcount = UNSET
        if not isinstance(failcount, (int, Unset)):
            raise TypeError(f"field FAILCOUNT: expected integer, got {type(failcount).__name__}")

        owner = d.pop("OWNER", UNSET)
        if owner is None:
            owner = UNSET
        if not isinstance(owner, (str, Unset)):
            raise TypeError(f"field OWNER: expected string, got {type(owner).__name__}")

        primary_domain = d.pop("PRIMARY_DOMAIN", UNSET)
        if primary_domain is None:
            primary_domain = UNSET
        if not isinstance(primary_domain, (str, Unset)):
            raise TypeError(f"field PRIMARY_DOMAIN: expected string, got {type(primary_domain).__name__}")

        reached_maxdeferfail = d.pop("REACHED_MAXDEFERFAIL", UNSET)
        if reached_maxdeferfail is None:
            reached_maxdeferfail = UNSET
        if not isinstance(reached_maxdeferfail, (int, Unset)):
            raise TypeError(f"field REACHED_MAXDEFERFAIL: expected integer, got {type(reached_maxdeferfail).__name__}")

        reached_maxemails = d.pop("REACHED_MAXEMAILS", UNSET)
        if reached_maxemails is None:
            reached_maxemails = UNSET
        if not isinstance(reached_maxemails, (int, Unset)):
            raise TypeError(f"field REACHED_MAXEMAILS: expected integer, got {type(reached_maxemails).__name__}")

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

        user = d.pop("USER", UNSET)
        if user is None:
            user = UNSET
        if not isinstance(user, (str, Unset)):
            raise TypeError(f"field USER: expected string, got {type(user).__name__}")

        emailtrack_user_stats_data_records_item = cls(
            defercount=defercount,
            deferfailcount=deferfailcount,
            domain=domain,
            failcount=failcount,
            owner=owner,
            primary_domain=primary_domain,
            reached_maxdeferfail=reached_maxdeferfail,
            reached_maxemails=reached_maxemails,
            sendcount=sendcount,
            successcount=successcount,
            totalsize=totalsize,
            user=user,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        emailtrack_user_stats_data_records_item.additional_properties = additional_properties
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
