# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fetch_ssl_vhosts_data_vhosts_item_crt import FetchSslVhostsDataVhostsItemCrt


T = TypeVar("T", bound="FetchSslVhostsDataVhostsItem")


@_attrs_define
class FetchSslVhostsDataVhostsItem:
    """
    Attributes:
        type_ (str | Unset):
        crt (FetchSslVhostsDataVhostsItemCrt | Unset):
        docroot (str | Unset):
        domains (list[str] | Unset):
        ip (str | Unset):
        iptype (str | Unset):
        ipv6 (str | Unset):
        is_primary_on_ip (int | Unset):
        mail_sni_status (int | Unset):
        needs_sni (int | Unset):
        servername (str | Unset):
        user (str | Unset):
    """

    type_: str | Unset = UNSET
    crt: FetchSslVhostsDataVhostsItemCrt | Unset = UNSET
    docroot: str | Unset = UNSET
    domains: list[str] | Unset = UNSET
    ip: str | Unset = UNSET
    iptype: str | Unset = UNSET
    ipv6: str | Unset = UNSET
    is_primary_on_ip: int | Unset = UNSET
    mail_sni_status: int | Unset = UNSET
    needs_sni: int | Unset = UNSET
    servername: str | Unset = UNSET
    user: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        crt: dict[str, Any] | Unset = UNSET
        if not isinstance(self.crt, Unset):
            crt = self.crt.to_dict()

        docroot = self.docroot

        domains: list[str] | Unset = UNSET
        if not isinstance(self.domains, Unset):
            domains = self.domains

        ip = self.ip

        iptype = self.iptype

        ipv6 = self.ipv6

        is_primary_on_ip = self.is_primary_on_ip

        mail_sni_status = self.mail_sni_status

        needs_sni = self.needs_sni

        servername = self.servername

        user = self.user

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if crt is not UNSET:
            field_dict["crt"] = crt
        if docroot is not UNSET:
            field_dict["docroot"] = docroot
        if domains is not UNSET:
            field_dict["domains"] = domains
        if ip is not UNSET:
            field_dict["ip"] = ip
        if iptype is not UNSET:
            field_dict["iptype"] = iptype
        if ipv6 is not UNSET:
            field_dict["ipv6"] = ipv6
        if is_primary_on_ip is not UNSET:
            field_dict["is_primary_on_ip"] = is_primary_on_ip
        if mail_sni_status is not UNSET:
            field_dict["mail_sni_status"] = mail_sni_status
        if needs_sni is not UNSET:
            field_dict["needs_sni"] = needs_sni
        if servername is not UNSET:
            field_dict["servername"] = servername
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

        _crt = d.pop("crt", UNSET)
        crt: FetchSslVhostsDataVhostsItemCrt | Unset
        if _crt is None or isinstance(_crt, Unset):  # null reads as UNSET
            crt = UNSET
        else:
            if not isinstance(_crt, dict):
                raise TypeError(f"field crt: expected object, got {type(_crt).__name__}")
            crt = FetchSslVhostsDataVhostsItemCrt.from_dict(_crt)

        docroot = d.pop("docroot", UNSET)
        if docroot is None:
            docroot = UNSET
        if not isinstance(docroot, (str, Unset)):
            raise TypeError(f"field docroot: expected string, got {type(docroot).__name__}")

        _domains = d.pop("domains", UNSET)
        domains: list[str] | Unset = UNSET
        if _domains is not None and not isinstance(_domains, Unset):  # null reads as UNSET
            if not isinstance(_domains, list):
                raise TypeError(f"field domains: expected array, got {type(_domains).__name__}")
            domains = []
            for domains_item_data in _domains:
                domains_item = domains_item_data
                if not isinstance(domains_item, (str,)):
                    raise TypeError(f"field domains_item: expected string, got {type(domains_item).__name__}")

                domains.append(domains_item)

        ip = d.pop("ip", UNSET)
        if ip is None:
            ip = UNSET
        if not isinstance(ip, (str, Unset)):
            raise TypeError(f"field ip: expected string, got {type(ip).__name__}")

        iptype = d.pop("iptype", UNSET)
        if iptype is None:
            iptype = UNSET
        if not isinstance(iptype, (str, Unset)):
            raise TypeError(f"field iptype: expected string, got {type(iptype).__name__}")

        ipv6 = d.pop("ipv6", UNSET)
        if ipv6 is None:
            ipv6 = UNSET
        if not isinstance(ipv6, (str, Unset)):
            raise TypeError(f"field ipv6: expected string, got {type(ipv6).__name__}")

        is_primary_on_ip = d.pop("is_primary_on_ip", UNSET)
        if is_primary_on_ip is None:
            is_primary_on_ip = UNSET
        if not isinstance(is_primary_on_ip, (int, Unset)):
            raise TypeError(f"field is_primary_on_ip: expected integer, got {type(is_primary_on_ip).__name__}")

        mail_sni_status = d.pop("mail_sni_status", UNSET)
        if mail_sni_status is None:
            mail_sni_status = UNSET
        if not isinstance(mail_sni_status, (int, Unset)):
            raise TypeError(f"field mail_sni_status: expected integer, got {type(mail_sni_status).__name__}")

        needs_sni = d.pop("needs_sni", UNSET)
        if needs_sni is None:
            needs_sni = UNSET
        if not isinstance(needs_sni, (int, Unset)):
            raise TypeError(f"field needs_sni: expected integer, got {type(needs_sni).__name__}")

        servername = d.pop("servername", UNSET)
        if servername is None:
            servername = UNSET
        if not isinstance(servername, (str, Unset)):
            raise TypeError(f"field servername: expected string, got {type(servername).__name__}")

        user = d.pop("user", UNSET)
        if user is None:
            user = UNSET
        if not isinstance(user, (str, Unset)):
            raise TypeError(f"field user: expected string, got {type(user).__name__}")

        fetch_ssl_vhosts_data_vhosts_item = cls(
            type_=type_,
            crt=crt,
            docroot=docroot,
            domains=domains,
            ip=ip,
            iptype=iptype,
            ipv6=ipv6,
            is_primary_on_ip=is_primary_on_ip,
            mail_sni_status=mail_sni_status,
            needs_sni=needs_sni,
            servername=servername,
            user=user,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        fetch_ssl_vhosts_data_vhosts_item.additional_properties = additional_properties
        return fetch_ssl_vhosts_data_vhosts_item

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


from ..models.fetch_ssl_vhosts_data_vhosts_item_crt import FetchSslVhostsDataVhostsItemCrt  # noqa: E402
