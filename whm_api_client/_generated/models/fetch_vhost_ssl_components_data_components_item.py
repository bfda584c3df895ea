# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_value

T = TypeVar("T", bound="FetchVhostSslComponentsDataComponentsItem")
_new_instance = object.__new__


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
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
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

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cabundle = d.pop("cabundle", UNSET)
        if cabundle.__class__ is not str and cabundle is not None:
            cabundle = read_value(cabundle, "cabundle", "string", False)

        cabundle_id = d.pop("cabundle_id", UNSET)
        if cabundle_id.__class__ is not str and cabundle_id is not None:
            cabundle_id = read_value(cabundle_id, "cabundle_id", "string", False)

        certificate = d.pop("certificate", UNSET)
        if certificate.__class__ is not str:
            certificate = read_value(certificate, "certificate", "string", False)

        certificate_id = d.pop("certificate_id", UNSET)
        if certificate_id.__class__ is not str:
            certificate_id = read_value(certificate_id, "certificate_id", "string", False)

        key = d.pop("key", UNSET)
        if key.__class__ is not str:
            key = read_value(key, "key", "string", False)

        key_id = d.pop("key_id", UNSET)
        if key_id.__class__ is not str:
            key_id = read_value(key_id, "key_id", "string", False)

        servername = d.pop("servername", UNSET)
        if servername.__class__ is not str:
            servername = read_value(servername, "servername", "string", False)

        fetch_vhost_ssl_components_data_components_item = _new_instance(cls)
        fetch_vhost_ssl_components_data_components_item.cabundle = cabundle
        fetch_vhost_ssl_components_data_components_item.cabundle_id = cabundle_id
        fetch_vhost_ssl_components_data_components_item.certificate = certificate
        fetch_vhost_ssl_components_data_components_item.certificate_id = certificate_id
        fetch_vhost_ssl_components_data_components_item.key = key
        fetch_vhost_ssl_components_data_components_item.key_id = key_id
        fetch_vhost_ssl_components_data_components_item.servername = servername

        fetch_vhost_ssl_components_data_components_item.additional_properties = dict(d) if d else {}
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
