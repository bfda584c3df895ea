# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_list, read_object, read_value

if TYPE_CHECKING:
    from ..models.showbw_data_acct_item_bwusage_item import ShowbwDataAcctItemBwusageItem


T = TypeVar("T", bound="ShowbwDataAcctItem")
_new_instance = object.__new__


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
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
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

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _bwusage = d.pop("bwusage", UNSET)
        if _bwusage.__class__ is not list:
            _bwusage = read_list(_bwusage, "bwusage", False)
        bwusage: list[ShowbwDataAcctItemBwusageItem] | Unset = UNSET
        if _bwusage is not UNSET:
            bwusage = []
            for bwusage_item_data in _bwusage:
                _bwusage_item = bwusage_item_data
                if _bwusage_item.__class__ is not dict:
                    _bwusage_item = read_object(_bwusage_item, "bwusage_item", True)
                bwusage_item = ShowbwDataAcctItemBwusageItem.from_dict(_bwusage_item)

                bwusage.append(bwusage_item)

        deleted = d.pop("deleted", UNSET)
        if deleted.__class__ is not int:
            deleted = read_value(deleted, "deleted", "integer", False)

        limit = d.pop("limit", UNSET)
        if limit.__class__ is not int:
            limit = read_value(limit, "limit", "integer", False)

        maindomain = d.pop("maindomain", UNSET)
        if maindomain.__class__ is not str:
            maindomain = read_value(maindomain, "maindomain", "string", False)

        owner = d.pop("owner", UNSET)
        if owner.__class__ is not str:
            owner = read_value(owner, "owner", "string", False)

        reseller = d.pop("reseller", UNSET)
        if reseller.__class__ is not int:
            reseller = read_value(reseller, "reseller", "integer", False)

        totalbytes = d.pop("totalbytes", UNSET)
        if totalbytes.__class__ is not int:
            totalbytes = read_value(totalbytes, "totalbytes", "integer", False)

        user = d.pop("user", UNSET)
        if user.__class__ is not str:
            user = read_value(user, "user", "string", False)

        showbw_data_acct_item = _new_instance(cls)
        showbw_data_acct_item.bwusage = bwusage
        showbw_data_acct_item.deleted = deleted
        showbw_data_acct_item.limit = limit
        showbw_data_acct_item.maindomain = maindomain
        showbw_data_acct_item.owner = owner
        showbw_data_acct_item.reseller = reseller
        showbw_data_acct_item.totalbytes = totalbytes
        showbw_data_acct_item.user = user

        showbw_data_acct_item.additional_properties = dict(d) if d else {}
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
