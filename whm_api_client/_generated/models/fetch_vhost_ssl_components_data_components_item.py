# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FetchVhostSslComponentsDataComponentsItem")


@_attrs_define
class FetchVhostSslComponentsDataComponentsItem:
    """
    Attributes:
        cabundle (None | str | Unset):
        cabundle_id (None | str | Unset):
        certificate (str | Unset):
        certificate_id (str | Unset):
        key (str | Unset):
        key_id (str | Unset):
        servername (str | Unset):
    """

    cabundle: None | str | Unset = UNSET
    cabundle_id: None | str | Unset = UNSET
    certificate: str | Unset = UNSET
    certificate_id: str | Unset = UNSET
    key: str | Unset = UNSET
    key_id: str | Unset = UNSET
    servername: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cabundle: None | str | Unset
        if isinstance(self.cabundle, Unset):
            cabundle = UNSET
        else:
            cabundle = self.cabundle

        cabundle_id: None | str | Unset
        if isinstance(self.cabundle_id, Unset):
            cabundle_id = UNSET
        else:
            cabundle_id = self.cabundle_id

        certificate = self.certificate

        certificate_id = self.certificate_id

        key = self.key

        key_id = self.key_id

        servername = self.servername

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cabundle is not UNSET:
            field_dict["cabundle"] = cabundle
        if cabundle_id is not UNSET:
            field_dict["cabundle_id"] = cabundle_id
        if certificate is not UNSET:
            field_dict["certificate"] = certificate
        if certificate_id is not UNSET:
            field_dict["certificate_id"] = certificate_id
        if key is not UNSET:
            field_dict["key"] = key
        if key_id is not UNSET:
            field_dict["key_id"] = key_id
        if servername is not UNSET:
            field_dict["servername"] = servername

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_cabundle(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                cabundle_type_0 = data
                if not isinstance(cabundle_type_0, (str,)):
                    raise TypeError(f"field cabundle_type_0: expected string, got {type(cabundle_type_0).__name__}")

                return cabundle_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            cabundle_type_1 = data
            if cabundle_type_1 is not None:
                raise TypeError(f"field cabundle_type_1: expected null, got {type(cabundle_type_1).__name__}")

            return cabundle_type_1

        cabundle = _parse_cabundle(d.pop("cabundle", UNSET))

        def _parse_cabundle_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                cabundle_id_type_0 = data
                if not isinstance(cabundle_id_type_0, (str,)):
                    raise TypeError(
                        f"field cabundle_id_type_0: expected string, got {type(cabundle_id_type_0).__name__}"
                    )

                return cabundle_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            cabundle_id_type_1 = data
            if cabundle_id_type_1 is not None:
                raise TypeError(f"field cabundle_id_type_1: expected null, got {type(cabundle_id_type_1).__name__}")

            return cabundle_id_type_1

        cabundle_id = _parse_cabundle_id(d.pop("cabundle_id", UNSET))

        certificate = d.pop("certificate", UNSET)
        if certificate is None:
            certificate = UNSET
        if not isinstance(certificate, (str, Unset)):
            raise TypeError(f"field certificate: expected string, got {type(certificate).__name__}")

        certificate_id = d.pop("certificate_id", UNSET)
        if certificate_id is None:
            certificate_id = UNSET
        if not isinstance(certificate_id, (str, Unset)):
            raise TypeError(f"field certificate_id: expected string, got {type(certificate_id).__name__}")

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

        servername = d.pop("servername", UNSET)
        if servername is None:
            servername = UNSET
        if not isinstance(servername, (str, Unset)):
            raise TypeError(f"field servername: expected string, got {type(servername).__name__}")

        fetch_vhost_ssl_components_data_components_item = cls(
            cabundle=cabundle,
            cabundle_id=cabundle_id,
            certificate=certificate,
            certificate_id=certificate_id,
            key=key,
            key_id=key_id,
            servername=servername,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        fetch_vhost_ssl_components_data_components_item.additional_properties = additional_properties
        return fetch_vhost_ssl_components_data_components_item

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
