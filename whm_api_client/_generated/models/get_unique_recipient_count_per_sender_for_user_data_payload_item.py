# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_value

T = TypeVar("T", bound="GetUniqueRecipientCountPerSenderForUserDataPayloadItem")
_new_instance = object.__new__


@_attrs_define
class GetUniqueRecipientCountPerSenderForUserDataPayloadItem:
    """
    Attributes:
        sender (str | Unset):
        unique_recipient_count (int | Unset):
    """

    sender: str | Unset = UNSET
    unique_recipient_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        sender = self.sender

        unique_recipient_count = self.unique_recipient_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sender is not UNSET:
            field_dict["sender"] = sender
        if unique_recipient_count is not UNSET:
            field_dict["unique_recipient_count"] = unique_recipient_count

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        sender = d.pop("sender", UNSET)
        if sender.__class__ is not str:
            sender = read_value(sender, "sender", "string", False)

        unique_recipient_count = d.pop("unique_recipient_count", UNSET)
        if unique_recipient_count.__class__ is not int:
            unique_recipient_count = read_value(unique_recipient_count, "unique_recipient_count", "integer", False)

        get_unique_recipient_count_per_sender_for_user_data_payload_item = _new_instance(cls)
        get_unique_recipient_count_per_sender_for_user_data_payload_item.sender = sender
        get_unique_recipient_count_per_sender_for_user_data_payload_item.unique_recipient_count = unique_recipient_count

        get_unique_recipient_count_per_sender_for_user_data_payload_item.additional_properties = dict(d) if d else {}
        return get_unique_recipient_count_per_sender_for_user_data_payload_item

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
