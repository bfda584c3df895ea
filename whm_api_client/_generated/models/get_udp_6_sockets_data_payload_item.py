# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetUdp6SocketsDataPayloadItem")


@_attrs_define
class GetUdp6SocketsDataPayloadItem:
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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        dport = d.pop("dport", UNSET)
        if dport is None:
            dport = UNSET
        if not isinstance(dport, (int, Unset)):
            raise TypeError(f"field dport: expected integer, got {type(dport).__name__}")

        dst = d.pop("dst", UNSET)
        if dst is None:
            dst = UNSET
        if not isinstance(dst, (str, Unset)):
            raise TypeError(f"field dst: expected string, got {type(dst).__name__}")

        inode = d.pop("inode", UNSET)
        if inode is None:
            inode = UNSET
        if not isinstance(inode, (int, Unset)):
            raise TypeError(f"field inode: expected integer, got {type(inode).__name__}")

        rqueue = d.pop("rqueue", UNSET)
        if rqueue is None:
            rqueue = UNSET
        if not isinstance(rqueue, (int, Unset)):
            raise TypeError(f"field rqueue: expected integer, got {type(rqueue).__name__}")

        sport = d.pop("sport", UNSET)
        if sport is None:
            sport = UNSET
        if not isinstance(sport, (int, Unset)):
            raise TypeError(f"field sport: expected integer, got {type(sport).__name__}")

        src = d.pop("src", UNSET)
        if src is None:
            src = UNSET
        if not isinstance(src, (str, Unset)):
            raise TypeError(f"field src: expected string, got {type(src).__name__}")

        state = d.pop("state", UNSET)
        if state is None:
            state = UNSET
        if not isinstance(state, (int, Unset)):
            raise TypeError(f"field state: expected integer, got {type(state).__name__}")

        uid = d.pop("uid", UNSET)
        if uid is None:
            uid = UNSET
        if not isinstance(uid, (int, Unset)):
            raise TypeError(f"field uid: expected integer, got {type(uid).__name__}")

        wqueue = d.pop("wqueue", UNSET)
        if wqueue is None:
            wqueue = UNSET
        if not isinstance(wqueue, (int, Unset)):
            raise TypeError(f"field wqueue: expected integer, got {type(wqueue).__name__}")

        get_udp_6_sockets_data_payload_item = cls(
            dport=dport,
            dst=dst,
            inode=inode,
            rqueue=rqueue,
            sport=sport,
            src=src,
            state=state,
            uid=uid,
            wqueue=wqueue,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        get_udp_6_sockets_data_payload_item.additional_properties = additional_properties
        return get_udp_6_sockets_data_payload_item

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
