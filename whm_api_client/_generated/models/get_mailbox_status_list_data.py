# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_list, read_object

if TYPE_CHECKING:
    from ..models.get_mailbox_status_list_data_mailboxes_item import GetMailboxStatusListDataMailboxesItem


T = TypeVar("T", bound="GetMailboxStatusListData")
_new_instance = object.__new__


@_attrs_define
class GetMailboxStatusListData:
    """
    Attributes:
        mailboxes (list[GetMailboxStatusListDataMailboxesItem] | Unset):
    """

    mailboxes: list[GetMailboxStatusListDataMailboxesItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        mailboxes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.mailboxes, Unset):
            mailboxes = []
            for mailboxes_item_data in self.mailboxes:
                mailboxes_item = mailboxes_item_data.to_dict()
                mailboxes.append(mailboxes_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if mailboxes is not UNSET:
            field_dict["mailboxes"] = mailboxes

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _mailboxes = d.pop("mailboxes", UNSET)
        if _mailboxes.__class__ is not list:
            _mailboxes = read_list(_mailboxes, "mailboxes", False)
        mailboxes: list[GetMailboxStatusListDataMailboxesItem] | Unset = UNSET
        if _mailboxes is not UNSET:
            mailboxes = []
            for mailboxes_item_data in _mailboxes:
                _mailboxes_item = mailboxes_item_data
                if _mailboxes_item.__class__ is not dict:
                    _mailboxes_item = read_object(_mailboxes_item, "mailboxes_item", True)
                mailboxes_item = GetMailboxStatusListDataMailboxesItem.from_dict(_mailboxes_item)

                mailboxes.append(mailboxes_item)

        get_mailbox_status_list_data = _new_instance(cls)
        get_mailbox_status_list_data.mailboxes = mailboxes

        get_mailbox_status_list_data.additional_properties = dict(d) if d else {}
        return get_mailbox_status_list_data

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


from ..models.get_mailbox_status_list_data_mailboxes_item import GetMailboxStatusListDataMailboxesItem  # noqa: E402
