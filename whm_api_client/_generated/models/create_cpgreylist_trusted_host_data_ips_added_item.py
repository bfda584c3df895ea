# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_value

T = TypeVar("T", bound="CreateCpgreylistTrustedHostDataIpsAddedItem")
_new_instance = object.__new__


@_attrs_define
class CreateCpgreylistTrustedHostDataIpsAddedItem:
    """
    Attributes:
        comment (str | Unset):
        create_time (str | Unset):
        host_ip (str | Unset):
        id (int | Unset):
    """

    comment: str | Unset = UNSET
    create_time: str | Unset = UNSET
    host_ip: str | Unset = UNSET
    id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        comment = self.comment

        create_time = self.create_time

        host_ip = self.host_ip

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if comment is not UNSET:
            field_dict["comment"] = comment
        if create_time is not UNSET:
            field_dict["create_time"] = create_time
        if host_ip is not UNSET:
            field_dict["host_ip"] = host_ip
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        comment = d.pop("comment", UNSET)
        if comment.__class__ is not str:
            comment = read_value(comment, "comment", "string", False)

        create_time = d.pop("create_time", UNSET)
        if create_time.__class__ is not str:
            create_time = read_value(create_time, "create_time", "string", False)

        host_ip = d.pop("host_ip", UNSET)
        if host_ip.__class__ is not str:
            host_ip = read_value(host_ip, "host_ip", "string", False)

        id = d.pop("id", UNSET)
        if id.__class__ is not int:
            id = read_value(id, "id", "integer", False)

        create_cpgreylist_trusted_host_data_ips_added_item = _new_instance(cls)
        create_cpgreylist_trusted_host_data_ips_added_item.comment = comment
        create_cpgreylist_trusted_host_data_ips_added_item.create_time = create_time
        create_cpgreylist_trusted_host_data_ips_added_item.host_ip = host_ip
        create_cpgreylist_trusted_host_data_ips_added_item.id = id

        create_cpgreylist_trusted_host_data_ips_added_item.additional_properties = dict(d) if d else {}
        return create_cpgreylist_trusted_host_data_ips_added_item

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
