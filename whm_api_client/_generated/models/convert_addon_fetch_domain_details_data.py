# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConvertAddonFetchDomainDetailsData")


@_attrs_define
class ConvertAddonFetchDomainDetailsData:
    """
    Attributes:
        docroot (str | Unset):
        has_dedicated_ip (int | Unset):
        has_ssl_cert_installed (int | Unset):
        ip (str | Unset):
        is_sni_supported (int | Unset):
        number_of_autoresponders (int | Unset):
        number_of_domain_forwarders (int | Unset):
        number_of_email_accounts (int | Unset):
        number_of_email_forwarders (int | Unset):
        owner (str | Unset):
    """

    docroot: str | Unset = UNSET
    has_dedicated_ip: int | Unset = UNSET
    has_ssl_cert_installed: int | Unset = UNSET
    ip: str | Unset = UNSET
    is_sni_supported: int | Unset = UNSET
    number_of_autoresponders: int | Unset = UNSET
    number_of_domain_forwarders: int | Unset = UNSET
    number_of_email_accounts: int | Unset = UNSET
    number_of_email_forwarders: int | Unset = UNSET
    owner: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        docroot = self.docroot

        has_dedicated_ip = self.has_dedicated_ip

        has_ssl_cert_installed = self.has_ssl_cert_installed

        ip = self.ip

        is_sni_supported = self.is_sni_supported

        number_of_autoresponders = self.number_of_autoresponders

        number_of_domain_forwarders = self.number_of_domain_forwarders

        number_of_email_accounts = self.number_of_email_accounts

        number_of_email_forwarders = self.number_of_email_forwarders

        owner = self.owner

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if docroot is not UNSET:
            field_dict["docroot"] = docroot
        if has_dedicated_ip is not UNSET:
            field_dict["has_dedicated_ip"] = has_dedicated_ip
        if has_ssl_cert_installed is not UNSET:
            field_dict["has_ssl_cert_installed"] = has_ssl_cert_installed
        if ip is not UNSET:
            field_dict["ip"] = ip
        if is_sni_supported is not UNSET:
            field_dict["is_sni_supported"] = is_sni_supported
        if number_of_autoresponders is not UNSET:
            field_dict["number_of_autoresponders"] = number_of_autoresponders
        if number_of_domain_forwarders is not UNSET:
            field_dict["number_of_domain_forwarders"] = number_of_domain_forwarders
        if number_of_email_accounts is not UNSET:
            field_dict["number_of_email_accounts"] = number_of_email_accounts
        if number_of_email_forwarders is not UNSET:
            field_dict["number_of_email_forwarders"] = number_of_email_forwarders
        if owner is not UNSET:
            field_dict["owner"] = owner

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        docroot = d.pop("docroot", UNSET)
        if docroot is None:
            docroot = UNSET
        if not isinstance(docroot, (str, Unset)):
            raise TypeError(f"field docroot: expected string, got {type(docroot).__name__}")

        has_dedicated_ip = d.pop("has_dedicated_ip", UNSET)
        if has_dedicated_ip is None:
            has_dedicated_ip = UNSET
        if not isinstance(has_dedicated_ip, (int, Unset)):
            raise TypeError(f"field has_dedicated_ip: expected integer, got {type(has_dedicated_ip).__name__}")

        has_ssl_cert_installed = d.pop("has_ssl_cert_installed", UNSET)
        if has_ssl_cert_installed is None:
            has_ssl_cert_installed = UNSET
        if not isinstance(has_ssl_cert_installed, (int, Unset)):
            raise TypeError(
                f"field has_ssl_cert_installed: expected integer, got {type(has_ssl_cert_installed).__name__}"
            )

        ip = d.pop("ip", UNSET)
        if ip is None:
            ip = UNSET
        if not isinstance(ip, (str, Unset)):
            raise TypeError(f"field ip: expected string, got {type(ip).__name__}")

        is_sni_supported = d.pop("is_sni_supported", UNSET)
        if is_sni_supported is None:
            is_sni_supported = UNSET
        if not isinstance(is_sni_supported, (int, Unset)):
            raise TypeError(f"field is_sni_supported: expected integer, got {type(is_sni_supported).__name__}")

        number_of_autoresponders = d.pop("number_of_autoresponders", UNSET)
        if number_of_autoresponders is None:
            number_of_autoresponders = UNSET
        if not isinstance(number_of_autoresponders, (int, Unset)):
            raise TypeError(
                f"field number_of_autoresponders: expected integer, got {type(number_of_autoresponders).__name__}"
            )

        number_of_domain_forwarders = d.pop("number_of_domain_forwarders", UNSET)
        if number_of_domain_forwarders is None:
            number_of_domain_forwarders = UNSET
        if not isinstance(number_of_domain_forwarders, (int, Unset)):
            raise TypeError(
                f"field number_of_domain_forwarders: expected integer, got {type(number_of_domain_forwarders).__name__}"
            )

        number_of_email_accounts = d.pop("number_of_email_accounts", UNSET)
        if number_of_email_accounts is None:
            number_of_email_accounts = UNSET
        if not isinstance(number_of_email_accounts, (int, Unset)):
            raise TypeError(
                f"field number_of_email_accounts: expected integer, got {type(number_of_email_accounts).__name__}"
            )

        number_of_email_forwarders = d.pop("number_of_email_forwarders", UNSET)
        if number_of_email_forwarders is None:
            number_of_email_forwarders = UNSET
        if not isinstance(number_of_email_forwarders, (int, Unset)):
            raise TypeError(
                f"field number_of_email_forwarders: expected integer, got {type(number_of_email_forwarders).__name__}"
            )

        owner = d.pop("owner", UNSET)
        if owner is None:
            owner = UNSET
        if not isinstance(owner, (str, Unset)):
            raise TypeError(f"field owner: expected string, got {type(owner).__name__}")

        convert_addon_fetch_domain_details_data = cls(
            docroot=docroot,
            has_dedicated_ip=has_dedicated_ip,
            has_ssl_cert_installed=has_ssl_cert_installed,
            ip=ip,
            is_sni_supported=is_sni_supported,
            number_of_autoresponders=number_of_autoresponders,
            number_of_domain_forwarders=number_of_domain_forwarders,
            number_of_email_accounts=number_of_email_accounts,
            number_of_email_forwarders=number_of_email_forwarders,
            owner=owner,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        convert_addon_fetch_domain_details_data.additional_properties = additional_properties
        return convert_addon_fetch_domain_details_data

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
