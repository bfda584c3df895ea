# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.showbw_data_acct_item_bwusage_item import ShowbwDataAcctItemBwusageItem


T = TypeVar("T", bound="ShowbwDataAcctItem")


@_attrs_define
class ShowbwDataAcctItem:
    """
    Attributes:
        bwusage (list[ShowbwDataAcctItemBwusageItem] | Unset):
        deleted (int | Unset):
        limit (int | Unset):
        maindomain (str | Unset):
        owner (str | Unset):
        reseller (int | Unset):
        totalbytes (int | Unset):
        user (str | Unset):
    """

    bwusage: list[ShowbwDataAcctItemBwusageItem] | Unset = UNSET
    deleted: int | Unset = UNSET
    limit: int | Unset = UNSET
    maindomain: str | Unset = UNSET
    owner: str | Unset = UNSET
    reseller: int | Unset = UNSET
    totalbytes: int | Unset = UNSET
    user: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bwusage: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.bwusage, Unset):
            bwusage = []
            for bwusage_item_data in self.bwusage:
                bwusage_item = bwusage_item_data.to_dict()
                bwusage.append(bwusage_item)

        deleted = self.deleted

        limit = self.limit

        maindomain = self.maindomain

        owner = self.owner

        reseller = self.reseller

        totalbytes = self.totalbytes

        user = self.user

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if bwusage is not UNSET:
            field_dict["bwusage"] = bwusage
        if deleted is not UNSET:
            field_dict["deleted"] = deleted
        if limit is not UNSET:
            field_dict["limit"] = limit
        if maindomain is not UNSET:
            field_dict["maindomain"] = maindomain
        if owner is not UNSET:
            field_dict["owner"] = owner
        if reseller is not UNSET:
            field_dict["reseller"] = reseller
        if totalbytes is not UNSET:
            field_dict["totalbytes"] = totalbytes
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _bwusage = d.pop("bwusage", UNSET)
        bwusage: list[ShowbwDataAcctItemBwusageItem] | Unset = UNSET
        if _bwusage is not None and not isinstance(_bwusage, Unset):  # null reads as UNSET
            if not isinstance(_bwusage, list):
                raise TypeError(f"field bwusage: expected array, got {type(_bwusage).__name__}")
            bwusage = []
            for bwusage_item_data in _bwusage:
                _bwusage_item = bwusage_item_data
                if not isinstance(_bwusage_item, dict):
                    raise TypeError(f"field bwusage_item: expected object, got {type(_bwusage_item).__name__}")
                bwusage_item = ShowbwDataAcctItemBwusageItem.from_dict(_bwusage_item)

                bwusage.append(bwusage_item)

        deleted = d.pop("deleted", UNSET)
        if deleted is None:
            deleted = UNSET
        if not isinstance(deleted, (int, Unset)):
            raise TypeError(f"field deleted: expected integer, got {type(deleted).__name__}")

        limit = d.pop("limit", UNSET)
        if limit is None:
            limit = UNSET
        if not isinstance(limit, (int, Unset)):
            raise TypeError(f"field limit: expected integer, got {type(limit).__name__}")

        maindomain = d.pop("maindomain", UNSET)
        if maindomain is None:
            maindomain = UNSET
        if not isinstance(maindomain, (str, Unset)):
            raise TypeError(f"field maindomain: expected string, got {type(maindomain).__name__}")

        owner = d.pop("owner", UNSET)
        if owner is None:
            owner = UNSET
        if not isinstance(owner, (str, Unset)):
            raise TypeError(f"field owner: expected string, got {type(owner).__name__}")

        reseller = d.pop("reseller", UNSET)
        if reseller is None:
            reseller = UNSET
        if not isinstance(reseller, (int, Unset)):
            raise TypeError(f"field reseller: expected integer, got {type(reseller).__name__}")

        totalbytes = d.pop("totalbytes", UNSET)
        if totalbytes is None:
            totalbytes = UNSET
        if not isinstance(totalbytes, (int, Unset)):
            raise TypeError(f"field totalbytes: expected integer, got {type(totalbytes).__name__}")

        user = d.pop("user", UNSET)
        if user is None:
            user = UNSET
        if not isinstance(user, (str, Unset)):
            raise TypeError(f"field user: expected string, got {type(user).__name__}")

        showbw_data_acct_item = cls(
            bwusage=bwusage,
            deleted=deleted,
            limit=limit,
            maindomain=maindomain,
            owner=owner,
            reseller=reseller,
            totalbytes=totalbytes,
            user=user,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        showbw_data_acct_item.additional_properties = additional_properties
        return showbw_data_acct_item

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


from ..models.showbw_data_acct_item_bwusage_item import ShowbwDataAcctItemBwusageItem  # noqa: E402
