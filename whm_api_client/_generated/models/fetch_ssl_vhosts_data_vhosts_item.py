# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_items, read_list, read_object, read_value

if TYPE_CHECKING:
    from ..models.fetch_ssl_vhosts_data_vhosts_item_crt import FetchSslVhostsDataVhostsItemCrt


T = TypeVar("T", bound="FetchSslVhostsDataVhostsItem")
_new_instance = object.__new__


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
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
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

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = d.pop("type", UNSET)
        if type_.__class__ is not str:
            type_ = read_value(type_, "type", "string", False)

        _crt = d.pop("crt", UNSET)
        crt: FetchSslVhostsDataVhostsItemCrt | Unset
        if _crt.__class__ is not dict:
            _crt = read_object(_crt, "crt", False)
        crt = UNSET if _crt is UNSET else FetchSslVhostsDataVhostsItemCrt.from_dict(_crt)

        docroot = d.pop("docroot", UNSET)
        if docroot.__class__ is not str:
            docroot = read_value(docroot, "docroot", "string", False)

        _domains = d.pop("domains", UNSET)
        if _domains.__class__ is not list:
            _domains = read_list(_domains, "domains", False)
        domains: list[str] | Unset = UNSET
        if _domains is not UNSET:
            domains = _domains
            for _item in _domains:
                if _item.__class__ is not str:
                    domains = read_items(_domains, "domains_item", "string")
                    break

        ip = d.pop("ip", UNSET)
        if ip.__class__ is not str:
            ip = read_value(ip, "ip", "string", False)

        iptype = d.pop("iptype", UNSET)
        if iptype.__class__ is not str:
            iptype = read_value(iptype, "iptype", "string", False)

        ipv6 = d.pop("ipv6", UNSET)
        if ipv6.__class__ is not str:
            ipv6 = read_value(ipv6, "ipv6", "string", False)

        is_primary_on_ip = d.pop("is_primary_on_ip", UNSET)
        if is_primary_on_ip.__class__ is not int:
            is_primary_on_ip = read_value(is_primary_on_ip, "is_primary_on_ip", "integer", False)

        mail_sni_status = d.pop("mail_sni_status", UNSET)
        if mail_sni_status.__class__ is not int:
            mail_sni_status = read_value(mail_sni_status, "mail_sni_status", "integer", False)

        needs_sni = d.pop("needs_sni", UNSET)
        if needs_sni.__class__ is not int:
            needs_sni = read_value(needs_sni, "needs_sni", "integer", False)

        servername = d.pop("servername", UNSET)
        if servername.__class__ is not str:
            servername = read_value(servername, "servername", "string", False)

        user = d.pop("user", UNSET)
        if user.__class__ is not str:
            user = read_value(user, "user", "string", False)

        fetch_ssl_vhosts_data_vhosts_item = _new_instance(cls)
        fetch_ssl_vhosts_data_vhosts_item.type_ = type_
        fetch_ssl_vhosts_data_vhosts_item.crt = crt
        fetch_ssl_vhosts_data_vhosts_item.docroot = docroot
        fetch_ssl_vhosts_data_vhosts_item.domains = domains
        fetch_ssl_vhosts_data_vhosts_item.ip = ip
        fetch_ssl_vhosts_data_vhosts_item.iptype = iptype
        fetch_ssl_vhosts_data_vhosts_item.ipv6 = ipv6
        fetch_ssl_vhosts_data_vhosts_item.is_primary_on_ip = is_primary_on_ip
        fetch_ssl_vhosts_data_vhosts_item.mail_sni_status = mail_sni_status
        fetch_ssl_vhosts_data_vhosts_item.needs_sni = needs_sni
        fetch_ssl_vhosts_data_vhosts_item.servername = servername
        fetch_ssl_vhosts_data_vhosts_item.user = user

        fetch_ssl_vhosts_data_vhosts_item.additional_properties = dict(d) if d else {}
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
