# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.send_test_pushbullet_note_data_payload import SendTestPushbulletNoteDataPayload


T = TypeVar("T", bound="SendTestPushbulletNoteData")


@_attrs_define
class SendTestPushbulletNoteData:
    """
    Attributes:
        message_id (str | Unset):
        payload (SendTestPushbulletNoteDataPayload | Unset):
    """

    message_id: str | Unset = UNSET
    payload: SendTestPushbulletNoteDataPayload | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message_id = self.message_id

        payload: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payload, Unset):
            payload = self.payload.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if message_id is not UNSET:
            field_dict["message_id"] = message_id
        if payload is not UNSET:
            field_dict["payload"] = payload

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message_id = d.pop("message_id", UNSET)
        if message_id is None:
            message_id = UNSET
        if not isinstance(message_id, (str, Unset)):
            raise TypeError(f"field message_id: expected string, got {type(message_id).__name__}")

        _payload = d.pop("payload", UNSET)
        payload: SendTestPushbulletNoteDataPayload | Unset
        if _payload is None or isinstance(_payload, Unset):  # null reads as UNSET
            payload = UNSET
        else:
            if not isinstance(_payload, dict):
                raise TypeError(f"field payload: expected object, got {type(_payload).__name__}")
            payload = SendTestPushbulletNoteDataPayload.from_dict(_payload)

        send_test_pushbullet_note_data = cls(
            message_id=message_id,
            payload=payload,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        send_test_pushbullet_note_data.additional_properties = additional_properties
        return send_test_pushbullet_note_data

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


from ..models.send_test_pushbullet_note_data_payload import SendTestPushbulletNoteDataPayload  # noqa: E402
