# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.massmodifyacct_data_payload_item_extended import MassmodifyacctDataPayloadItemExtended


T = TypeVar("T", bound="MassmodifyacctDataPayloadItem")


@_attrs_define
class MassmodifyacctDataPayloadItem:
    """
    Attributes:
        extended (MassmodifyacctDataPayloadItemExtended | Unset):
        messages (list[str] | Unset):
        proxied_from (list[str] | Unset):
        reason (str | Unset):
        result (int | Unset):
        user (str | Unset):
        warnings (list[str] | Unset):
    """

    extended: MassmodifyacctDataPayloadItemExtended | Unset = UNSET
    messages: list[str] | Unset = UNSET
    proxied_from: list[str] | Unset = UNSET
    reason: str | Unset = UNSET
    result: int | Unset = UNSET
    user: str | Unset = UNSET
    warnings: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        extended: dict[str, Any] | Unset = UNSET
        if not isinstance(self.extended, Unset):
            extended = self.extended.to_dict()

        messages: list[str] | Unset = UNSET
        if not isinstance(self.messages, Unset):
            messages = self.messages

        proxied_from: list[str] | Unset = UNSET
        if not isinstance(self.proxied_from, Unset):
            proxied_from = self.proxied_from

        reason = self.reason

        result = self.result

        user = self.user

        warnings: list[str] | Unset = UNSET
        if not isinstance(self.warnings, Unset):
            warnings = self.warnings

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if extended is not UNSET:
            field_dict["extended"] = extended
        if messages is not UNSET:
            field_dict["messages"] = messages
        if proxied_from is not UNSET:
            field_dict["proxied_from"] = proxied_from
        if reason is not UNSET:
            field_dict["reason"] = reason
        if result is not UNSET:
            field_dict["result"] = result
        if user is not UNSET:
            field_dict["user"] = user
        if warnings is not UNSET:
            field_dict["warnings"] = warnings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _extended = d.pop("extended", UNSET)
        extended: MassmodifyacctDataPayloadItemExtended | Unset
        if _extended is None or isinstance(_extended, Unset):  # null reads as UNSET
            extended = UNSET
        else:
            if not isinstance(_extended, dict):
                raise TypeError(f"field extended: expected object, got {type(_extended).__name__}")
            extended = MassmodifyacctDataPayloadItemExtended.from_dict(_extended)

        _messages = d.pop("messages", UNSET)
        messages: list[str] | Unset = UNSET
        if _messages is not None and not isinstance(_messages, Unset):  # null reads as UNSET
            if not isinstance(_messages, list):
                raise TypeError(f"field messages: expected array, got {type(_messages).__name__}")
            messages = []
            for messages_item_data in _messages:
                messages_item = messages_item_data
                if not isinstance(messages_item, (str,)):
                    raise TypeError(f"field messages_item: expected string, got {type(messages_item).__name__}")

                messages.append(messages_item)

        _proxied_from = d.pop("proxied_from", UNSET)
        proxied_from: list[str] | Unset = UNSET
        if _proxied_from is not None and not isinstance(_proxied_from, Unset):  # null reads as UNSET
            if not isinstance(_proxied_from, list):
                raise TypeError(f"field proxied_from: expected array, got {type(_proxied_from).__name__}")
            proxied_from = []
            for proxied_from_item_data in _proxied_from:
                proxied_from_item = proxied_from_item_data
                if not isinstance(proxied_from_item, (str,)):
                    raise TypeError(f"field proxied_from_item: expected string, got {type(proxied_from_item).__name__}")

                proxied_from.append(proxied_from_item)

        reason = d.pop("reason", UNSET)
        if reason is None:
            reason = UNSET
        if not isinstance(reason, (str, Unset)):
            raise TypeError(f"field reason: expected string, got {type(reason).__name__}")

        result = d.pop("result", UNSET)
        if result is None:
            result = UNSET
        if not isinstance(result, (int, Unset)):
            raise TypeError(f"field result: expected integer, got {type(result).__name__}")

        user = d.pop("user", UNSET)
        if user is None:
            user = UNSET
        if not isinstance(user, (str, Unset)):
            raise TypeError(f"field user: expected string, got {type(user).__name__}")

        _warnings = d.pop("warnings", UNSET)
        warnings: list[str] | Unset = UNSET
        if _warnings is not None and not isinstance(_warnings, Unset):  # null reads as UNSET
            if not isinstance(_warnings, list):
                raise TypeError(f"field warnings: expected array, got {type(_warnings).__name__}")
            warnings = []
            for warnings_item_data in _warnings:
                warnings_item = warnings_item_data
                if not isinstance(warnings_item, (str,)):
                    raise TypeError(f"field warnings_item: expected string, got {type(warnings_item).__name__}")

                warnings.append(warnings_item)

        massmodifyacct_data_payload_item = cls(
            extended=extended,
            messages=messages,
            proxied_from=proxied_from,
            reason=reason,
            result=result,
            user=user,
            warnings=warnings,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        massmodifyacct_data_payload_item.additional_properties = additional_properties
        return massmodifyacct_data_payload_item

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


from ..models.massmodifyacct_data_payload_item_extended import MassmodifyacctDataPayloadItemExtended  # noqa: E402
