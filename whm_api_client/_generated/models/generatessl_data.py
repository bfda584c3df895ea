# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GeneratesslData")


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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cert = d.pop("cert", UNSET)
        if cert is None:
            cert = UNSET
        if not isinstance(cert, (str, Unset)):
            raise TypeError(f"field cert: expected string, got {type(cert).__name__}")

        cert_id = d.pop("cert_id", UNSET)
        if cert_id is None:
            cert_id = UNSET
        if not isinstance(cert_id, (str, Unset)):
            raise TypeError(f"field cert_id: expected string, got {type(cert_id).__name__}")

        certfile = d.pop("certfile", UNSET)
        if certfile is None:
            certfile = UNSET
        if not isinstance(certfile, (str, Unset)):
            raise TypeError(f"field certfile: expected string, got {type(certfile).__name__}")

        csr = d.pop("csr", UNSET)
        if csr is None:
            csr = UNSET
        if not isinstance(csr, (str, Unset)):
            raise TypeError(f"field csr: expected string, got {type(csr).__name__}")

        csr_id = d.pop("csr_id", UNSET)
        if csr_id is None:
            csr_id = UNSET
        if not isinstance(csr_id, (str, Unset)):
            raise TypeError(f"field csr_id: expected string, got {type(csr_id).__name__}")

        csrfile = d.pop("csrfile", UNSET)
        if csrfile is None:
            csrfile = UNSET
        if not isinstance(csrfile, (str, Unset)):
            raise TypeError(f"field csrfile: expected string, got {type(csrfile).__name__}")

        key = d.pop("key", UNSET)
        if key is None:
            key = UNSET
        if not isinstance(key, (str, Unset)):
            raise TypeError(f"field key: expected string, got {type(key).__name__}")

        key_id = d.pop("key_id", UNSET)
        if key_id is None:
            key_id = UNSET
        if not isinstance(key_id, (str, Unset)):
            raise TypeError(f"field key_id: expected string, got {type(key_id).__name__}")

        keyfile = d.pop("keyfile", UNSET)
        if keyfile is None:
            keyfile = UNSET
        if not isinstance(keyfile, (str, Unset)):
            raise TypeError(f"field keyfile: expected string, got {type(keyfile).__name__}")

        sender = d.pop("sender", UNSET)
        if sender is None:
            sender = UNSET
        if not isinstance(sender, (str, Unset)):
            raise TypeError(f"field sender: expected string, got {type(sender).__name__}")

        sender_host = d.pop("sender_host", UNSET)
        if sender_host is None:
            sender_host = UNSET
        if not isinstance(sender_host, (str, Unset)):
            raise TypeError(f"field sender_host: expected string, got {type(sender_host).__name__}")

        generatessl_data = cls(
            cert=cert,
            cert_id=cert_id,
            certfile=certfile,
            csr=csr,
            csr_id=csr_id,
            csrfile=csrfile,
            key=key,
            key_id=key_id,
            keyfile=keyfile,
            sender=sender,
            sender_host=sender_host,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        generatessl_data.additional_properties = additional_properties
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
