# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_items, read_list

T = TypeVar("T", bound="GetUserEmailForwardDestinationData")
_new_instance = object.__new__


@_attrs_define
class GetUserEmailForwardDestinationData:
    """
    Attributes:
        forward_to (list[str] | Unset):
    """

    forward_to: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        forward_to: list[str] | Unset = UNSET
        if not isinstance(self.forward_to, Unset):
            forward_to = self.forward_to

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if forward_to is not UNSET:
            field_dict["forward_to"] = forward_to

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _forward_to = d.pop("forward_to", UNSET)
        if _forward_to.__class__ is not list:
            _forward_to = read_list(_forward_to, "forward_to", False)
        forward_to: list[str] | Unset = UNSET
        if _forward_to is not UNSET:
            forward_to = _forward_to
            for _item in _forward_to:
                if _item.__class__ is not str:
                    forward_to = read_items(_forward_to, "forward_to_item", "string")
                    break

        get_user_email_forward_destination_data = _new_instance(cls)
        get_user_email_forward_destination_data.forward_to = forward_to

        get_user_email_forward_destination_data.additional_properties = dict(d) if d else {}
        return get_user_email_forward_destination_data

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
