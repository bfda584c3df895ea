# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_value

T = TypeVar("T", bound="FetchSslVhostsDataVhostsItemCrtSubjectCommonName")
_new_instance = object.__new__


@_attrs_define
class FetchSslVhostsDataVhostsItemCrtSubjectCommonName:
    """
    Attributes:
        common_name (str | Unset):
    """

    common_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        common_name = self.common_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if common_name is not UNSET:
            field_dict["commonName"] = common_name

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        common_name = d.pop("commonName", UNSET)
        if common_name.__class__ is not str:
            common_name = read_value(common_name, "commonName", "string", False)

        fetch_ssl_vhosts_data_vhosts_item_crt_subject_common_name = _new_instance(cls)
        fetch_ssl_vhosts_data_vhosts_item_crt_subject_common_name.common_name = common_name

        fetch_ssl_vhosts_data_vhosts_item_crt_subject_common_name.additional_properties = dict(d) if d else {}
        return fetch_ssl_vhosts_data_vhosts_item_crt_subject_common_name

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
