# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_value

T = TypeVar("T", bound="ReadCpgreylistDeferredEntriesDataGreylistDeferredEntriesItem")
_new_instance = object.__new__


@_attrs_define
class ReadCpgreylistDeferredEntriesDataGreylistDeferredEntriesItem:
    """
    Attributes:
        accepted_count (int | Unset):
        block_exp_time (str | Unset):
        create_time (str | Unset):
        deferred_count (int | Unset):
        from_addr (str | Unset):
        id (int | Unset):
        must_retry_by (str | Unset):
        record_exp_time (str | Unset):
        sender_ip (str | Unset):
        to_addr (str | Unset):
    """

    accepted_count: int | Unset = UNSET
    block_exp_time: str | Unset = UNSET
    create_time: str | Unset = UNSET
    deferred_count: int | Unset = UNSET
    from_addr: str | Unset = UNSET
    id: int | Unset = UNSET
    must_retry_by: str | Unset = UNSET
    record_exp_time: str | Unset = UNSET
    sender_ip: str | Unset = UNSET
    to_addr: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        accepted_count = self.accepted_count

        block_exp_time = self.block_exp_time

        create_time = self.create_time

        deferred_count = self.deferred_count

        from_addr = self.from_addr

        id = self.id

        must_retry_by = self.must_retry_by

        record_exp_time = self.record_exp_time

        sender_ip = self.sender_ip

        to_addr = self.to_addr

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if accepted_count is not UNSET:
            field_dict["accepted_count"] = accepted_count
        if block_exp_time is not UNSET:
            field_dict["block_exp_time"] = block_exp_time
        if create_time is not UNSET:
            field_dict["create_time"] = create_time
        if deferred_count is not UNSET:
            field_dict["deferred_count"] = deferred_count
        if from_addr is not UNSET:
            field_dict["from_addr"] = from_addr
        if id is not UNSET:
            field_dict["id"] = id
        if must_retry_by is not UNSET:
            field_dict["must_retry_by"] = must_retry_by
        if record_exp_time is not UNSET:
            field_dict["record_exp_time"] = record_exp_time
        if sender_ip is not UNSET:
            field_dict["sender_ip"] = sender_ip
        if to_addr is not UNSET:
            field_dict["to_addr"] = to_addr

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        accepted_count = d.pop("accepted_count", UNSET)
        if accepted_count.__class__ is not int:
            accepted_count = read_value(accepted_count, "accepted_count", "integer", False)

        block_exp_time = d.pop("block_exp_time", UNSET)
        if block_exp_time.__class__ is not str:
            block_exp_time = read_value(block_exp_time, "block_exp_time", "string", False)

        create_time = d.pop("create_time", UNSET)
        if create_time.__class__ is not str:
            create_time = read_value(create_time, "create_time", "string", False)

        deferred_count = d.pop("deferred_count", UNSET)
        if deferred_count.__class__ is not int:
            deferred_count = read_value(deferred_count, "deferred_count", "integer", False)

        from_addr = d.pop("from_addr", UNSET)
        if from_addr.__class__ is not str:
            from_addr = read_value(from_addr, "from_addr", "string", False)

        id = d.pop("id", UNSET)
        if id.__class__ is not int:
            id = read_value(id, "id", "integer", False)

        must_retry_by = d.pop("must_retry_by", UNSET)
        if must_retry_by.__class__ is not str:
            must_retry_by = read_value(must_retry_by, "must_retry_by", "string", False)

        record_exp_time = d.pop("record_exp_time", UNSET)
        if record_exp_time.__class__ is not str:
            record_exp_time = read_value(record_exp_time, "record_exp_time", "string", False)

        sender_ip = d.pop("sender_ip", UNSET)
        if sender_ip.__class__ is not str:
            sender_ip = read_value(sender_ip, "sender_ip", "string", False)

        to_addr = d.pop("to_addr", UNSET)
        if to_addr.__class__ is not str:
            to_addr = read_value(to_addr, "to_addr", "string", False)

        read_cpgreylist_deferred_entries_data_greylist_deferred_entries_item = _new_instance(cls)
        read_cpgreylist_deferred_entries_data_greylist_deferred_entries_item.accepted_count = accepted_count
        read_cpgreylist_deferred_entries_data_greylist_deferred_entries_item.block_exp_time = block_exp_time
        read_cpgreylist_deferred_entries_data_greylist_deferred_entries_item.create_time = create_time
        read_cpgreylist_deferred_entries_data_greylist_deferred_entries_item.deferred_count = deferred_count
        read_cpgreylist_deferred_entries_data_greylist_deferred_entries_item.from_addr = from_addr
        read_cpgreylist_deferred_entries_data_greylist_deferred_entries_item.id = id
        read_cpgreylist_deferred_entries_data_greylist_deferred_entries_item.must_retry_by = must_retry_by
        read_cpgreylist_deferred_entries_data_greylist_deferred_entries_item.record_exp_time = record_exp_time
        read_cpgreylist_deferred_entries_data_greylist_deferred_entries_item.sender_ip = sender_ip
        read_cpgreylist_deferred_entries_data_greylist_deferred_entries_item.to_addr = to_addr

        read_cpgreylist_deferred_entries_data_greylist_deferred_entries_item.additional_properties = (
            dict(d) if d else {}
        )
        return read_cpgreylist_deferred_entries_data_greylist_deferred_entries_item

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
