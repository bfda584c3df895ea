# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_value

T = TypeVar("T", bound="EmailtrackSearchDataRecordsItem")
_new_instance = object.__new__


@_attrs_define
class EmailtrackSearchDataRecordsItem:
    """
    Attributes:
        type_ (str | Unset):
        actiontime (str | Unset):
        actionunixtime (int | Unset):
        deliveredto (None | str | Unset):
        deliverydomain (None | str | Unset):
        deliveryuser (None | str | Unset):
        domain (str | Unset):
        host (None | str | Unset):
        ip (None | str | Unset):
        message (str | Unset):
        msgid (str | Unset):
        recipient (str | Unset):
        router (str | Unset):
        sender (str | Unset):
        senderauth (str | Unset):
        senderhost (str | Unset):
        senderip (str | Unset):
        sendunixtime (int | Unset):
        size (int | Unset):
        spamscore (int | Unset):
        transport (None | str | Unset):
        transport_is_remote (int | Unset):
        user (str | Unset):
    """

    type_: str | Unset = UNSET
    actiontime: str | Unset = UNSET
    actionunixtime: int | Unset = UNSET
    deliveredto: None | str | Unset = UNSET
    deliverydomain: None | str | Unset = UNSET
    deliveryuser: None | str | Unset = UNSET
    domain: str | Unset = UNSET
    host: None | str | Unset = UNSET
    ip: None | str | Unset = UNSET
    message: str | Unset = UNSET
    msgid: str | Unset = UNSET
    recipient: str | Unset = UNSET
    router: str | Unset = UNSET
    sender: str | Unset = UNSET
    senderauth: str | Unset = UNSET
    senderhost: str | Unset = UNSET
    senderip: str | Unset = UNSET
    sendunixtime: int | Unset = UNSET
    size: int | Unset = UNSET
    spamscore: int | Unset = UNSET
    transport: None | str | Unset = UNSET
    transport_is_remote: int | Unset = UNSET
    user: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        type_ = self.type_

        actiontime = self.actiontime

        actionunixtime = self.actionunixtime

        deliveredto: None | str | Unset
        if isinstance(self.deliveredto, Unset):
            deliveredto = UNSET
        else:
            deliveredto = self.deliveredto

        deliverydomain: None | str | Unset
        if isinstance(self.deliverydomain, Unset):
            deliverydomain = UNSET
        else:
            deliverydomain = self.deliverydomain

        deliveryuser: None | str | Unset
        if isinstance(self.deliveryuser, Unset):
            deliveryuser = UNSET
        else:
            deliveryuser = self.deliveryuser

        domain = self.domain

        host: None | str | Unset
        if isinstance(self.host, Unset):
            host = UNSET
        else:
            host = self.host

        ip: None | str | Unset
        if isinstance(self.ip, Unset):
            ip = UNSET
        else:
            ip = self.ip

        message = self.message

        msgid = self.msgid

        recipient = self.recipient

        router = self.router

        sender = self.sender

        senderauth = self.senderauth

        senderhost = self.senderhost

        senderip = self.senderip

        sendunixtime = self.sendunixtime

        size = self.size

        spamscore = self.spamscore

        transport: None | str | Unset
        if isinstance(self.transport, Unset):
            transport = UNSET
        else:
            transport = self.transport

        transport_is_remote = self.transport_is_remote

        user = self.user

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if actiontime is not UNSET:
            field_dict["actiontime"] = actiontime
        if actionunixtime is not UNSET:
            field_dict["actionunixtime"] = actionunixtime
        if deliveredto is not UNSET:
            field_dict["deliveredto"] = deliveredto
        if deliverydomain is not UNSET:
            field_dict["deliverydomain"] = deliverydomain
        if deliveryuser is not UNSET:
            field_dict["deliveryuser"] = deliveryuser
        if domain is not UNSET:
            field_dict["domain"] = domain
        if host is not UNSET:
            field_dict["host"] = host
        if ip is not UNSET:
            field_dict["ip"] = ip
        if message is not UNSET:
            field_dict["message"] = message
        if msgid is not UNSET:
            field_dict["msgid"] = msgid
        if recipient is not UNSET:
            field_dict["recipient"] = recipient
        if router is not UNSET:
            field_dict["router"] = router
        if sender is not UNSET:
            field_dict["sender"] = sender
        if senderauth is not UNSET:
            field_dict["senderauth"] = senderauth
        if senderhost is not UNSET:
            field_dict["senderhost"] = senderhost
        if senderip is not UNSET:
            field_dict["senderip"] = senderip
        if sendunixtime is not UNSET:
            field_dict["sendunixtime"] = sendunixtime
        if size is not UNSET:
            field_dict["size"] = size
        if spamscore is not UNSET:
            field_dict["spamscore"] = spamscore
        if transport is not UNSET:
            field_dict["transport"] = transport
        if transport_is_remote is not UNSET:
            field_dict["transport_is_remote"] = transport_is_remote
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = d.pop("type", UNSET)
        if type_.__class__ is not str:
            type_ = read_value(type_, "type", "string", False)

        actiontime = d.pop("actiontime", UNSET)
        if actiontime.__class__ is not str:
            actiontime = read_value(actiontime, "actiontime", "string", False)

        actionunixtime = d.pop("actionunixtime", UNSET)
        if actionunixtime.__class__ is not int:
            actionunixtime = read_value(actionunixtime, "actionunixtime", "integer", False)

        deliveredto = d.pop("deliveredto", UNSET)
        if deliveredto.__class__ is not str and deliveredto is not None:
            deliveredto = read_value(deliveredto, "deliveredto", "string", False)

        deliverydomain = d.pop("deliverydomain", UNSET)
        if deliverydomain.__class__ is not str and deliverydomain is not None:
            deliverydomain = read_value(deliverydomain, "deliverydomain", "string", False)

        deliveryuser = d.pop("deliveryuser", UNSET)
        if deliveryuser.__class__ is not str and deliveryuser is not None:
            deliveryuser = read_value(deliveryuser, "deliveryuser", "string", False)

        domain = d.pop("domain", UNSET)
        if domain.__class__ is not str:
            domain = read_value(domain, "domain", "string", False)

        host = d.pop("host", UNSET)
        if host.__class__ is not str and host is not None:
            host = read_value(host, "host", "string", False)

        ip = d.pop("ip", UNSET)
        if ip.__class__ is not str and ip is not None:
            ip = read_value(ip, "ip", "string", False)

        message = d.pop("message", UNSET)
        if message.__class__ is not str:
            message = read_value(message, "message", "string", False)

        msgid = d.pop("msgid", UNSET)
        if msgid.__class__ is not str:
            msgid = read_value(msgid, "msgid", "string", False)

        recipient = d.pop("recipient", UNSET)
        if recipient.__class__ is not str:
            recipient = read_value(recipient, "recipient", "string", False)

        router = d.pop("router", UNSET)
        if router.__class__ is not str:
            router = read_value(router, "router", "string", False)

        sender = d.pop("sender", UNSET)
        if sender.__class__ is not str:
            sender = read_value(sender, "sender", "string", False)

        senderauth = d.pop("senderauth", UNSET)
        if senderauth.__class__ is not str:
            senderauth = read_value(senderauth, "senderauth", "string", False)

        senderhost = d.pop("senderhost", UNSET)
        if senderhost.__class__ is not str:
            senderhost = read_value(senderhost, "senderhost", "string", False)

        senderip = d.pop("senderip", UNSET)
        if senderip.__class__ is not str:
            senderip = read_value(senderip, "senderip", "string", False)

        sendunixtime = d.pop("sendunixtime", UNSET)
        if sendunixtime.__class__ is not int:
            sendunixtime = read_value(sendunixtime, "sendunixtime", "integer", False)

        size = d.pop("size", UNSET)
        if size.__class__ is not int:
            size = read_value(size, "size", "integer", False)

        spamscore = d.pop("spamscore", UNSET)
        if spamscore.__class__ is not int:
            spamscore = read_value(spamscore, "spamscore", "integer", False)

        transport = d.pop("transport", UNSET)
        if transport.__class__ is not str and transport is not None:
            transport = read_value(transport, "transport", "string", False)

        transport_is_remote = d.pop("transport_is_remote", UNSET)
        if transport_is_remote.__class__ is not int:
            transport_is_remote = read_value(transport_is_remote, "transport_is_remote", "integer", False)

        user = d.pop("user", UNSET)
        if user.__class__ is not str:
            user = read_value(user, "user", "string", False)

        emailtrack_search_data_records_item = _new_instance(cls)
        emailtrack_search_data_records_item.type_ = type_
        emailtrack_search_data_records_item.actiontime = actiontime
        emailtrack_search_data_records_item.actionunixtime = actionunixtime
        emailtrack_search_data_records_item.deliveredto = deliveredto
        emailtrack_search_data_records_item.deliverydomain = deliverydomain
        emailtrack_search_data_records_item.deliveryuser = deliveryuser
        emailtrack_search_data_records_item.domain = domain
        emailtrack_search_data_records_item.host = host
        emailtrack_search_data_records_item.ip = ip
        emailtrack_search_data_records_item.message = message
        emailtrack_search_data_records_item.msgid = msgid
        emailtrack_search_data_records_item.recipient = recipient
        emailtrack_search_data_records_item.router = router
        emailtrack_search_data_records_item.sender = sender
        emailtrack_search_data_records_item.senderauth = senderauth
        emailtrack_search_data_records_item.senderhost = senderhost
        emailtrack_search_data_records_item.senderip = senderip
        emailtrack_search_data_records_item.sendunixtime = sendunixtime
        emailtrack_search_data_records_item.size = size
        emailtrack_search_data_records_item.spamscore = spamscore
        emailtrack_search_data_records_item.transport = transport
        emailtrack_search_data_records_item.transport_is_remote = transport_is_remote
        emailtrack_search_data_records_item.user = user

        emailtrack_search_data_records_item.additional_properties = dict(d) if d else {}
        return emailtrack_search_data_records_item

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
