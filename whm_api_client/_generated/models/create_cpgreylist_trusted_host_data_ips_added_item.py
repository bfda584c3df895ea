# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateCpgreylistTrustedHostDataIpsAddedItem")


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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        comment = d.pop("comment", UNSET)
        if comment is None:
            comment = UNSET
        if not isinstance(comment, (str, Unset)):
            raise TypeError(f"field comment: expected string, got {type(comment).__name__}")

        create_time = d.pop("create_time", UNSET)
        if create_time is None:
            create_time = UNSET
        if not isinstance(create_time, (str, Unset)):
            raise TypeError(f"field create_time: expected string, got {type(create_time).__name__}")

        host_ip = d.pop("host_ip", UNSET)
        if host_ip is None:
            host_ip = UNSET
        if not isinstance(host_ip, (str, Unset)):
            raise TypeError(f"field host_ip: expected string, got {type(host_ip).__name__}")

        id = d.pop("id", UNSET)
        if id is None:
            id = UNSET
        if not isinstance(id, (int, Unset)):
            raise TypeError(f"field id: expected integer, got {type(id).__name__}")

        create_cpgreylist_trusted_host_data_ips_added_item = cls(
            comment=comment,
            create_time=create_time,
            host_ip=host_ip,
            id=id,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        create_cpgreylist_trusted_host_data_ips_added_item.additional_properties = additional_properties
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
