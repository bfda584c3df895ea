# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EmailtrackSearchDataRecordsItem")


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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = d.pop("type", UNSET)
        if type_ is None:
            type_ = UNSET
        if not isinstance(type_, (str, Unset)):
            raise TypeError(f"field type: expected string, got {type(type_).__name__}")

        actiontime = d.pop("actiontime", UNSET)
        if actiontime is None:
            actiontime = UNSET
        if not isinstance(actiontime, (str, Unset)):
            raise TypeError(f"field actiontime: expected string, got {type(actiontime).__name__}")

        actionunixtime = d.pop("actionunixtime", UNSET)
        if actionunixtime is None:
            actionunixtime = UNSET
        if not isinstance(actionunixtime, (int, Unset)):
            raise TypeError(f"field actionunixtime: expected integer, got {type(actionunixtime).__name__}")

        def _parse_deliveredto(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                deliveredto_type_0 = data
                if not isinstance(deliveredto_type_0, (str,)):
                    raise TypeError(
                        f"field deliveredto_type_0: expected string, got {type(deliveredto_type_0).__name__}"
                    )

                return deliveredto_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            deliveredto_type_1 = data
            if deliveredto_type_1 is not None:
                raise TypeError(f"field deliveredto_type_1: expected null, got {type(deliveredto_type_1).__name__}")

            return deliveredto_type_1

        deliveredto = _parse_deliveredto(d.pop("deliveredto", UNSET))

        def _parse_deliverydomain(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                deliverydomain_type_0 = data
                if not isinstance(deliverydomain_type_0, (str,)):
                    raise TypeError(
                        f"field deliverydomain_type_0: expected string, got {type(deliverydomain_type_0).__name__}"
                    )

                return deliverydomain_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            deliverydomain_type_1 = data
            if deliverydomain_type_1 is not None:
                raise TypeError(
                    f"field deliverydomain_type_1: expected null, got {type(deliverydomain_type_1).__name__}"
                )

            return deliverydomain_type_1

        deliverydomain = _parse_deliverydomain(d.pop("deliverydomain", UNSET))

        def _parse_deliveryuser(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                deliveryuser_type_0 = data
                if not isinstance(deliveryuser_type_0, (str,)):
                    raise TypeError(
                        f"field deliveryuser_type_0: expected string, got {type(deliveryuser_type_0).__name__}"
                    )

                return deliveryuser_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            deliveryuser_type_1 = data
            if deliveryuser_type_1 is not None:
                raise TypeError(f"field deliveryuser_type_1: expected null, got {type(deliveryuser_type_1).__name__}")

            return deliveryuser_type_1

        deliveryuser = _parse_deliveryuser(d.pop("deliveryuser", UNSET))

        domain = d.pop("domain", UNSET)
        if domain is None:
            domain = UNSET
        if not isinstance(domain, (str, Unset)):
            raise TypeError(f"field domain: expected string, got {type(domain).__name__}")

        def _parse_host(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                host_type_0 = data
                if not isinstance(host_type_0, (str,)):
                    raise TypeError(f"field host_type_0: expected string, got {type(host_type_0).__name__}")

                return host_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            host_type_1 = data
            if host_type_1 is not None:
                raise TypeError(f"field host_type_1: expected null, got {type(host_type_1).__name__}")

            return host_type_1

        host = _parse_host(d.pop("host", UNSET))

        def _parse_ip(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                ip_type_0 = data
                if not isinstance(ip_type_0, (str,)):
                    raise TypeError(f"field ip_type_0: expected string, got {type(ip_type_0).__name__}")

                return ip_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            ip_type_1 = data
            if ip_type_1 is not None:
                raise TypeError(f"field ip_type_1: expected null, got {type(ip_type_1).__name__}")

            return ip_type_1

        ip = _parse_ip(d.pop("ip", UNSET))

        message = d.pop("message", UNSET)
        if message is None:
            message = UNSET
        if not isinstance(message, (str, Unset)):
            raise TypeError(f"field message: expected string, got {type(message).__name__}")

        msgid = d.pop("msgid", UNSET)
        if msgid is None:
            msgid = UNSET
        if not isinstance(msgid, (str, Unset)):
            raise TypeError(f"field msgid: expected string, got {type(msgid).__name__}")

        recipient = d.pop("recipient", UNSET)
        if recipient is None:
            recipient = UNSET
        if not isinstance(recipient, (str, Unset)):
            raise TypeError(f"field recipient: expected string, got {type(recipient).__name__}")

        router = d.pop("router", UNSET)
        if router is None:
            router = UNSET
        if not isinstance(router, (str, Unset)):
            raise TypeError(f"field router: expected string, got {type(router).__name__}")

        sender = d.pop("sender", UNSET)
        if sender is None:
            sender = UNSET
        if not isinstance(sender, (str, Unset)):
            raise TypeError(f"field sender: expected string, got {type(sender).__name__}")

        senderauth = d.pop("senderauth", UNSET)
        if senderauth is None:
            senderauth = UNSET
        if not isinstance(senderauth, (str, Unset)):
            raise TypeError(f"field senderauth: expected string, got {type(senderauth).__name__}")

        senderhost = d.pop("senderhost", UNSET)
        if senderhost is None:
            senderhost = UNSET
        if not isinstance(senderhost, (str, Unset)):
            raise TypeError(f"field senderhost: expected string, got {type(senderhost).__name__}")

        senderip = d.pop("senderip", UNSET)
        if senderip is None:
            senderip = UNSET
        if not isinstance(senderip, (str, Unset)):
            raise TypeError(f"field senderip: expected string, got {type(senderip).__name__}")

        sendunixtime = d.pop("sendunixtime", UNSET)
        if sendunixtime is None:
            sendunixtime = UNSET
        if not isinstance(sendunixtime, (int, Unset)):
            raise TypeError(f"field sendunixtime: expected integer, got {type(sendunixtime).__name__}")

        size = d.pop("size", UNSET)
        if size is None:
            size = UNSET
        if not isinstance(size, (int, Unset)):
            raise TypeError(f"field size: expected integer, got {type(size).__name__}")

        spamscore = d.pop("spamscore", UNSET)
        if spamscore is None:
            spamscore = UNSET
        if not isinstance(spamscore, (int, Unset)):
            raise TypeError(f"field spamscore: expected integer, got {type(spamscore).__name__}")

        def _parse_transport(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                transport_type_0 = data
                if not isinstance(transport_type_0, (str,)):
                    raise TypeError(f"field transport_type_0: expected string, got {type(transport_type_0).__name__}")

                return transport_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            transport_type_1 = data
            if transport_type_1 is not None:
                raise TypeError(f"field transport_type_1: expected null, got {type(transport_type_1).__name__}")

            return transport_type_1

        transport = _parse_transport(d.pop("transport", UNSET))

        transport_is_remote = d.pop("transport_is_remote", UNSET)
        if transport_is_remote is None:
            transport_is_remote = UNSET
        if not isinstance(transport_is_remote, (int, Unset)):
            raise TypeError(f"field transport_is_remote: expected integer, got {type(transport_is_remote).__name__}")

        user = d.pop("user", UNSET)
        if user is None:
            user = UNSET
        if not isinstance(user, (str, Unset)):
            raise TypeError(f"field user: expected string, got {type(user).__name__}")

        emailtrack_search_data_records_item = cls(
            type_=type_,
            actiontime=actiontime,
            actionunixtime=actionunixtime,
            deliveredto=deliveredto,
            deliverydomain=deliverydomain,
            deliveryuser=deliveryuser,
            domain=domain,
            host=host,
            ip=ip,
            message=message,
            msgid=msgid,
            recipient=recipient,
            router=router,
            sender=sender,
            senderauth=senderauth,
            senderhost=senderhost,
            senderip=senderip,
            sendunixtime=sendunixtime,
            size=size,
            spamscore=spamscore,
            transport=transport,
            transport_is_remote=transport_is_remote,
            user=user,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        emailtrack_search_data_records_item.additional_properties = additional_properties
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
