# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_value

T = TypeVar("T", bound="GeneratesslData")
_new_instance = object.__new__


@_attrs_define
class GeneratesslData:
    """
    Attributes:
        cert (str | Unset):
        cert_id (str | Unset):
        certfile (str | Unset):
        csr (str | Unset):
        csr_id (str | Unset):
        csrfile (str | Unset):
        key (str | Unset):
        key_id (str | Unset):
        keyfile (str | Unset):
        sender (str | Unset):
        sender_host (str | Unset):
    """

    cert: str | Unset = UNSET
    cert_id: str | Unset = UNSET
    certfile: str | Unset = UNSET
    csr: str | Unset = UNSET
    csr_id: str | Unset = UNSET
    csrfile: str | Unset = UNSET
    key: str | Unset = UNSET
    key_id: str | Unset = UNSET
    keyfile: str | Unset = UNSET
    sender: str | Unset = UNSET
    sender_host: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        cert = self.cert

        cert_id = self.cert_id

        certfile = self.certfile

        csr = self.csr

        csr_id = self.csr_id

        csrfile = self.csrfile

        key = self.key

        key_id = self.key_id

        keyfile = self.keyfile

        sender = self.sender

        sender_host = self.sender_host

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cert is not UNSET:
            field_dict["cert"] = cert
        if cert_id is not UNSET:
            field_dict["cert_id"] = cert_id
        if certfile is not UNSET:
            field_dict["certfile"] = certfile
        if csr is not UNSET:
            field_dict["csr"] = csr
        if csr_id is not UNSET:
            field_dict["csr_id"] = csr_id
        if csrfile is not UNSET:
            field_dict["csrfile"] = csrfile
        if key is not UNSET:
            field_dict["key"] = key
        if key_id is not UNSET:
            field_dict["key_id"] = key_id
        if keyfile is not UNSET:
            field_dict["keyfile"] = keyfile
        if sender is not UNSET:
            field_dict["sender"] = sender
        if sender_host is not UNSET:
            field_dict["sender_host"] = sender_host

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cert = d.pop("cert", UNSET)
        if cert.__class__ is not str:
            cert = read_value(cert, "cert", "string", False)

        cert_id = d.pop("cert_id", UNSET)
        if cert_id.__class__ is not str:
            cert_id = read_value(cert_id, "cert_id", "string", False)

        certfile = d.pop("certfile", UNSET)
        if certfile.__class__ is not str:
            certfile = read_value(certfile, "certfile", "string", False)

        csr = d.pop("csr", UNSET)
        if csr.__class__ is not str:
            csr = read_value(csr, "csr", "string", False)

        csr_id = d.pop("csr_id", UNSET)
        if csr_id.__class__ is not str:
            csr_id = read_value(csr_id, "csr_id", "string", False)

        csrfile = d.pop("csrfile", UNSET)
        if csrfile.__class__ is not str:
            csrfile = read_value(csrfile, "csrfile", "string", False)

        key = d.pop("key", UNSET)
        if key.__class__ is not str:
            key = read_value(key, "key", "string", False)

        key_id = d.pop("key_id", UNSET)
        if key_id.__class__ is not str:
            key_id = read_value(key_id, "key_id", "string", False)

        keyfile = d.pop("keyfile", UNSET)
        if keyfile.__class__ is not str:
            keyfile = read_value(keyfile, "keyfile", "string", False)

        sender = d.pop("sender", UNSET)
        if sender.__class__ is not str:
            sender = read_value(sender, "sender", "string", False)

        sender_host = d.pop("sender_host", UNSET)
        if sender_host.__class__ is not str:
            sender_host = read_value(sender_host, "sender_host", "string", False)

        generatessl_data = _new_instance(cls)
        generatessl_data.cert = cert
        generatessl_data.cert_id = cert_id
        generatessl_data.certfile = certfile
        generatessl_data.csr = csr
        generatessl_data.csr_id = csr_id
        generatessl_data.csrfile = csrfile
        generatessl_data.key = key
        generatessl_data.key_id = key_id
        generatessl_data.keyfile = keyfile
        generatessl_data.sender = sender
        generatessl_data.sender_host = sender_host

        generatessl_data.additional_properties = dict(d) if d else {}
        return generatessl_data

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
