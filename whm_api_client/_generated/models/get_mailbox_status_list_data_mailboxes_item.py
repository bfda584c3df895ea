# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetMailboxStatusListDataMailboxesItem")


@_attrs_define
class GetMailboxStatusListDataMailboxesItem:
    """
    Attributes:
        guid (str | Unset):
        mailbox (str | Unset):
        messages (int | Unset):
        vsize (int | Unset):
    """

    guid: str | Unset = UNSET
    mailbox: str | Unset = UNSET
    messages: int | Unset = UNSET
    vsize: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        guid = self.guid

        mailbox = self.mailbox

        messages = self.messages

        vsize = self.vsize

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if guid is not UNSET:
            field_dict["guid"] = guid
        if mailbox is not UNSET:
            field_dict["mailbox"] = mailbox
        if messages is not UNSET:
            field_dict["messages"] = messages
        if vsize is not UNSET:
            field_dict["vsize"] = vsize

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        guid = d.pop("guid", UNSET)
        if guid is None:
            guid = UNSET
        if not isinstance(guid, (str, Unset)):
            raise TypeError(f"field guid: expected string, got {type(guid).__name__}")

        mailbox = d.pop("mailbox", UNSET)
        if mailbox is None:
            mailbox = UNSET
        if not isinstance(mailbox, (str, Unset)):
            raise TypeError(f"field mailbox: expected string, got {type(mailbox).__name__}")

        messages = d.pop("messages", UNSET)
        if messages is None:
            messages = UNSET
        if not isinstance(messages, (int, Unset)):
            raise TypeError(f"field messages: expected integer, got {type(messages).__name__}")

        vsize = d.pop("vsize", UNSET)
        if vsize is None:
            vsize = UNSET
        if not isinstance(vsize, (int, Unset)):
            raise TypeError(f"field vsize: expected integer, got {type(vsize).__name__}")

        get_mailbox_status_list_data_mailboxes_item = cls(
            guid=guid,
            mailbox=mailbox,
            messages=messages,
            vsize=vsize,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        get_mailbox_status_list_data_mailboxes_item.additional_properties = additional_properties
        return get_mailbox_status_list_data_mailboxes_item

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
