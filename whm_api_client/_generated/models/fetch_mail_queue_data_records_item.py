# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_items, read_list, read_value

T = TypeVar("T", bound="FetchMailQueueDataRecordsItem")
_new_instance = object.__new__


@_attrs_define
class FetchMailQueueDataRecordsItem:
    """
    Attributes:
        frozen (int | Unset):
        msgid (str | Unset):
        recipients (list[str] | Unset):
        sender (str | Unset):
        size (int | Unset):
        time (int | Unset):
        user (None | str | Unset):
    """

    frozen: int | Unset = UNSET
    msgid: str | Unset = UNSET
    recipients: list[str] | Unset = UNSET
    sender: str | Unset = UNSET
    size: int | Unset = UNSET
    time: int | Unset = UNSET
    user: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        frozen = self.frozen

        msgid = self.msgid

        recipients: list[str] | Unset = UNSET
        if not isinstance(self.recipients, Unset):
            recipients = self.recipients

        sender = self.sender

        size = self.size

        time = self.time

        user: None | str | Unset
        if isinstance(self.user, Unset):
            user = UNSET
        else:
            user = self.user

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if frozen is not UNSET:
            field_dict["frozen"] = frozen
        if msgid is not UNSET:
            field_dict["msgid"] = msgid
        if recipients is not UNSET:
            field_dict["recipients"] = recipients
        if sender is not UNSET:
            field_dict["sender"] = sender
        if size is not UNSET:
            field_dict["size"] = size
        if time is not UNSET:
            field_dict["time"] = time
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        frozen = d.pop("frozen", UNSET)
        if frozen.__class__ is not int:
            frozen = read_value(frozen, "frozen", "integer", False)

        msgid = d.pop("msgid", UNSET)
        if msgid.__class__ is not str:
            msgid = read_value(msgid, "msgid", "string", False)

        _recipients = d.pop("recipients", UNSET)
        if _recipients.__class__ is not list:
            _recipients = read_list(_recipients, "recipients", False)
        recipients: list[str] | Unset = UNSET
        if _recipients is not UNSET:
            recipients = _recipients
            for _item in _recipients:
                if _item.__class__ is not str:
                    recipients = read_items(_recipients, "recipients_item", "string")
                    break

        sender = d.pop("sender", UNSET)
        if sender.__class__ is not str:
            sender = read_value(sender, "sender", "string", False)

        size = d.pop("size", UNSET)
        if size.__class__ is not int:
            size = read_value(size, "size", "integer", False)

        time = d.pop("time", UNSET)
        if time.__class__ is not int:
            time = read_value(time, "time", "integer", False)

        user = d.pop("user", UNSET)
        if user.__class__ is not str and user is not None:
            user = read_value(user, "user", "string", False)

        fetch_mail_queue_data_records_item = _new_instance(cls)
        fetch_mail_queue_data_records_item.frozen = frozen
        fetch_mail_queue_data_records_item.msgid = msgid
        fetch_mail_queue_data_records_item.recipients = recipients
        fetch_mail_queue_data_records_item.sender = sender
        fetch_mail_queue_data_records_item.size = size
        fetch_mail_queue_data_records_item.time = time
        fetch_mail_queue_data_records_item.user = user

        fetch_mail_queue_data_records_item.additional_properties = dict(d) if d else {}
        return fetch_mail_queue_data_records_item

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
