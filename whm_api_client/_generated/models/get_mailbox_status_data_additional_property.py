# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_value

T = TypeVar("T", bound="GetMailboxStatusDataAdditionalProperty")
_new_instance = object.__new__


@_attrs_define
class GetMailboxStatusDataAdditionalProperty:
    """
    Attributes:
        guid (str | Unset):
        messages (int | Unset):
        vsize (int | Unset):
    """

    guid: str | Unset = UNSET
    messages: int | Unset = UNSET
    vsize: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        guid = self.guid

        messages = self.messages

        vsize = self.vsize

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if guid is not UNSET:
            field_dict["guid"] = guid
        if messages is not UNSET:
            field_dict["messages"] = messages
        if vsize is not UNSET:
            field_dict["vsize"] = vsize

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        guid = d.pop("guid", UNSET)
        if guid.__class__ is not str:
            guid = read_value(guid, "guid", "string", False)

        messages = d.pop("messages", UNSET)
        if messages.__class__ is not int:
            messages = read_value(messages, "messages", "integer", False)

        vsize = d.pop("vsize", UNSET)
        if vsize.__class__ is not int:
            vsize = read_value(vsize, "vsize", "integer", False)

        get_mailbox_status_data_additional_property = _new_instance(cls)
        get_mailbox_status_data_additional_property.guid = guid
        get_mailbox_status_data_additional_property.messages = messages
        get_mailbox_status_data_additional_property.vsize = vsize

        get_mailbox_status_data_additional_property.additional_properties = dict(d) if d else {}
        return get_mailbox_status_data_additional_property

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
