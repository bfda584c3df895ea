# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ReadCpgreylistDeferredEntriesDataGreylistDeferredEntriesItem")


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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        accepted_count = d.pop("accepted_count", UNSET)
        if accepted_count is None:
            accepted_count = UNSET
        if not isinstance(accepted_count, (int, Unset)):
            raise TypeError(f"field accepted_count: expected integer, got {type(accepted_count).__name__}")

        block_exp_time = d.pop("block_exp_time", UNSET)
        if block_exp_time is None:
            block_exp_time = UNSET
        if not isinstance(block_exp_time, (str, Unset)):
            raise TypeError(f"field block_exp_time: expected string, got {type(block_exp_time).__name__}")

        create_time = d.pop("create_time", UNSET)
        if create_time is None:
            create_time = UNSET
        if not isinstance(create_time, (str, Unset)):
            raise TypeError(f"field create_time: expected string, got {type(create_time).__name__}")

        deferred_count = d.pop("deferred_count", UNSET)
        if deferred_count is None:
            deferred_count = UNSET
        if not isinstance(deferred_count, (int, Unset)):
            raise TypeError(f"field deferred_count: expected integer, got {type(deferred_count).__name__}")

        from_addr = d.pop("from_addr", UNSET)
        if from_addr is None:
            from_addr = UNSET
        if not isinstance(from_addr, (str, Unset)):
            raise TypeError(f"field from_addr: expected string, got {type(from_addr).__name__}")

        id = d.pop("id", UNSET)
        if id is None:
            id = UNSET
        if not isinstance(id, (int, Unset)):
            raise TypeError(f"field id: expected integer, got {type(id).__name__}")

        must_retry_by = d.pop("must_retry_by", UNSET)
        if must_retry_by is None:
            must_retry_by = UNSET
        if not isinstance(must_retry_by, (str, Unset)):
            raise TypeError(f"field must_retry_by: expected string, got {type(must_retry_by).__name__}")

        record_exp_time = d.pop("record_exp_time", UNSET)
        if record_exp_time is None:
            record_exp_time = UNSET
        if not isinstance(record_exp_time, (str, Unset)):
            raise TypeError(f"field record_exp_time: expected string, got {type(record_exp_time).__name__}")

        sender_ip = d.pop("sender_ip", UNSET)
        if sender_ip is None:
            sender_ip = UNSET
        if not isinstance(sender_ip, (str, Unset)):
            raise TypeError(f"field sender_ip: expected string, got {type(sender_ip).__name__}")

        to_addr = d.pop("to_addr", UNSET)
        if to_addr is None:
            to_addr = UNSET
        if not isinstance(to_addr, (str, Unset)):
            raise TypeError(f"field to_addr: expected string, got {type(to_addr).__name__}")

        read_cpgreylist_deferred_entries_data_greylist_deferred_entries_item = cls(
            accepted_count=accepted_count,
            block_exp_time=block_exp_time,
            create_time=create_time,
            deferred_count=deferred_count,
            from_addr=from_addr,
            id=id,
            must_retry_by=must_retry_by,
            record_exp_time=record_exp_time,
            sender_ip=sender_ip,
            to_addr=to_addr,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        read_cpgreylist_deferred_entries_data_greylist_deferred_entries_item.additional_properties = (
            additional_properties
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
