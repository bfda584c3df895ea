# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_value

T = TypeVar("T", bound="GetTcp6SocketsDataPayloadItem")
_new_instance = object.__new__


@_attrs_define
class GetTcp6SocketsDataPayloadItem:
    """
    Attributes:
        dport (int | Unset):
        dst (str | Unset):
        inode (int | Unset):
        rqueue (int | Unset):
        sport (int | Unset):
        src (str | Unset):
        state (int | Unset):
        uid (int | Unset):
        wqueue (int | Unset):
    """

    dport: int | Unset = UNSET
    dst: str | Unset = UNSET
    inode: int | Unset = UNSET
    rqueue: int | Unset = UNSET
    sport: int | Unset = UNSET
    src: str | Unset = UNSET
    state: int | Unset = UNSET
    uid: int | Unset = UNSET
    wqueue: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        dport = self.dport

        dst = self.dst

        inode = self.inode

        rqueue = self.rqueue

        sport = self.sport

        src = self.src

        state = self.state

        uid = self.uid

        wqueue = self.wqueue

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if dport is not UNSET:
            field_dict["dport"] = dport
        if dst is not UNSET:
            field_dict["dst"] = dst
        if inode is not UNSET:
            field_dict["inode"] = inode
        if rqueue is not UNSET:
            field_dict["rqueue"] = rqueue
        if sport is not UNSET:
            field_dict["sport"] = sport
        if src is not UNSET:
            field_dict["src"] = src
        if state is not UNSET:
            field_dict["state"] = state
        if uid is not UNSET:
            field_dict["uid"] = uid
        if wqueue is not UNSET:
            field_dict["wqueue"] = wqueue

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        dport = d.pop("dport", UNSET)
        if dport.__class__ is not int:
            dport = read_value(dport, "dport", "integer", False)

        dst = d.pop("dst", UNSET)
        if dst.__class__ is not str:
            dst = read_value(dst, "dst", "string", False)

        inode = d.pop("inode", UNSET)
        if inode.__class__ is not int:
            inode = read_value(inode, "inode", "integer", False)

        rqueue = d.pop("rqueue", UNSET)
        if rqueue.__class__ is not int:
            rqueue = read_value(rqueue, "rqueue", "integer", False)

        sport = d.pop("sport", UNSET)
        if sport.__class__ is not int:
            sport = read_value(sport, "sport", "integer", False)

        src = d.pop("src", UNSET)
        if src.__class__ is not str:
            src = read_value(src, "src", "string", False)

        state = d.pop("state", UNSET)
        if state.__class__ is not int:
            state = read_value(state, "state", "integer", False)

        uid = d.pop("uid", UNSET)
        if uid.__class__ is not int:
            uid = read_value(uid, "uid", "integer", False)

        wqueue = d.pop("wqueue", UNSET)
        if wqueue.__class__ is not int:
            wqueue = read_value(wqueue, "wqueue", "integer", False)

        get_tcp_6_sockets_data_payload_item = _new_instance(cls)
        get_tcp_6_sockets_data_payload_item.dport = dport
        get_tcp_6_sockets_data_payload_item.dst = dst
        get_tcp_6_sockets_data_payload_item.inode = inode
        get_tcp_6_sockets_data_payload_item.rqueue = rqueue
        get_tcp_6_sockets_data_payload_item.sport = sport
        get_tcp_6_sockets_data_payload_item.src = src
        get_tcp_6_sockets_data_payload_item.state = state
        get_tcp_6_sockets_data_payload_item.uid = uid
        get_tcp_6_sockets_data_payload_item.wqueue = wqueue

        get_tcp_6_sockets_data_payload_item.additional_properties = dict(d) if d else {}
        return get_tcp_6_sockets_data_payload_item

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
