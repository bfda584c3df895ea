# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_list, read_object

if TYPE_CHECKING:
    from ..models.get_autossl_log_data_payload_item import GetAutosslLogDataPayloadItem


T = TypeVar("T", bound="GetAutosslLogData")
_new_instance = object.__new__


@_attrs_define
class GetAutosslLogData:
    """
    Attributes:
        payload (list[GetAutosslLogDataPayloadItem] | Unset):
    """

    payload: list[GetAutosslLogDataPayloadItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        payload: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.payload, Unset):
            payload = []
            for payload_item_data in self.payload:
                payload_item = payload_item_data.to_dict()
                payload.append(payload_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if payload is not UNSET:
            field_dict["payload"] = payload

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _payload = d.pop("payload", UNSET)
        if _payload.__class__ is not list:
            _payload = read_list(_payload, "payload", False)
        payload: list[GetAutosslLogDataPayloadItem] | Unset = UNSET
        if _payload is not UNSET:
            payload = []
            for payload_item_data in _payload:
                _payload_item = payload_item_data
                if _payload_item.__class__ is not dict:
                    _payload_item = read_object(_payload_item, "payload_item", True)
                payload_item = GetAutosslLogDataPayloadItem.from_dict(_payload_item)

                payload.append(payload_item)

        get_autossl_log_data = _new_instance(cls)
        get_autossl_log_data.payload = payload

        get_autossl_log_data.additional_properties = dict(d) if d else {}
        return get_autossl_log_data

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


from ..models.get_autossl_log_data_payload_item import GetAutosslLogDataPayloadItem  # noqa: E402
