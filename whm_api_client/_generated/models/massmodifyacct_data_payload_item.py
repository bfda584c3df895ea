# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_items, read_list, read_object, read_value

if TYPE_CHECKING:
    from ..models.massmodifyacct_data_payload_item_extended import MassmodifyacctDataPayloadItemExtended


T = TypeVar("T", bound="MassmodifyacctDataPayloadItem")
_new_instance = object.__new__


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
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
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

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _extended = d.pop("extended", UNSET)
        extended: MassmodifyacctDataPayloadItemExtended | Unset
        if _extended.__class__ is not dict:
            _extended = read_object(_extended, "extended", False)
        extended = UNSET if _extended is UNSET else MassmodifyacctDataPayloadItemExtended.from_dict(_extended)

        _messages = d.pop("messages", UNSET)
        if _messages.__class__ is not list:
            _messages = read_list(_messages, "messages", False)
        messages: list[str] | Unset = UNSET
        if _messages is not UNSET:
            messages = _messages
            for _item in _messages:
                if _item.__class__ is not str:
                    messages = read_items(_messages, "messages_item", "string")
                    break

        _proxied_from = d.pop("proxied_from", UNSET)
        if _proxied_from.__class__ is not list:
            _proxied_from = read_list(_proxied_from, "proxied_from", False)
        proxied_from: list[str] | Unset = UNSET
        if _proxied_from is not UNSET:
            proxied_from = _proxied_from
            for _item in _proxied_from:
                if _item.__class__ is not str:
                    proxied_from = read_items(_proxied_from, "proxied_from_item", "string")
                    break

        reason = d.pop("reason", UNSET)
        if reason.__class__ is not str:
            reason = read_value(reason, "reason", "string", False)

        result = d.pop("result", UNSET)
        if result.__class__ is not int:
            result = read_value(result, "result", "integer", False)

        user = d.pop("user", UNSET)
        if user.__class__ is not str:
            user = read_value(user, "user", "string", False)

        _warnings = d.pop("warnings", UNSET)
        if _warnings.__class__ is not list:
            _warnings = read_list(_warnings, "warnings", False)
        warnings: list[str] | Unset = UNSET
        if _warnings is not UNSET:
            warnings = _warnings
            for _item in _warnings:
                if _item.__class__ is not str:
                    warnings = read_items(_warnings, "warnings_item", "string")
                    break

        massmodifyacct_data_payload_item = _new_instance(cls)
        massmodifyacct_data_payload_item.extended = extended
        massmodifyacct_data_payload_item.messages = messages
        massmodifyacct_data_payload_item.proxied_from = proxied_from
        massmodifyacct_data_payload_item.reason = reason
        massmodifyacct_data_payload_item.result = result
        massmodifyacct_data_payload_item.user = user
        massmodifyacct_data_payload_item.warnings = warnings

        massmodifyacct_data_payload_item.additional_properties = dict(d) if d else {}
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
