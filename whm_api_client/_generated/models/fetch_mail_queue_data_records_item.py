# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FetchMailQueueDataRecordsItem")


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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        frozen = d.pop("frozen", UNSET)
        if frozen is None:
            frozen = UNSET
        if not isinstance(frozen, (int, Unset)):
            raise TypeError(f"field frozen: expected integer, got {type(frozen).__name__}")

        msgid = d.pop("msgid", UNSET)
        if msgid is None:
            msgid = UNSET
        if not isinstance(msgid, (str, Unset)):
            raise TypeError(f"field msgid: expected string, got {type(msgid).__name__}")

        _recipients = d.pop("recipients", UNSET)
        recipients: list[str] | Unset = UNSET
        if _recipients is not None and not isinstance(_recipients, Unset):  # null reads as UNSET
            if not isinstance(_recipients, list):
                raise TypeError(f"field recipients: expected array, got {type(_recipients).__name__}")
            recipients = []
            for recipients_item_data in _recipients:
                recipients_item = recipients_item_data
                if not isinstance(recipients_item, (str,)):
                    raise TypeError(f"field recipients_item: expected string, got {type(recipients_item).__name__}")

                recipients.append(recipients_item)

        sender = d.pop("sender", UNSET)
        if sender is None:
            sender = UNSET
        if not isinstance(sender, (str, Unset)):
            raise TypeError(f"field sender: expected string, got {type(sender).__name__}")

        size = d.pop("size", UNSET)
        if size is None:
            size = UNSET
        if not isinstance(size, (int, Unset)):
            raise TypeError(f"field size: expected integer, got {type(size).__name__}")

        time = d.pop("time", UNSET)
        if time is None:
            time = UNSET
        if not isinstance(time, (int, Unset)):
            raise TypeError(f"field time: expected integer, got {type(time).__name__}")

        def _parse_user(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                user_type_0 = data
                if not isinstance(user_type_0, (str,)):
                    raise TypeError(f"field user_type_0: expected string, got {type(user_type_0).__name__}")

                return user_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            user_type_1 = data
            if user_type_1 is not None:
                raise TypeError(f"field user_type_1: expected null, got {type(user_type_1).__name__}")

            return user_type_1

        user = _parse_user(d.pop("user", UNSET))

        fetch_mail_queue_data_records_item = cls(
            frozen=frozen,
            msgid=msgid,
            recipients=recipients,
            sender=sender,
            size=size,
            time=time,
            user=user,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        fetch_mail_queue_data_records_item.additional_properties = additional_properties
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
