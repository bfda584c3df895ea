# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_list, read_object

if TYPE_CHECKING:
    from ..models.read_cpgreylist_trusted_hosts_data_greylist_trusted_hosts_item import (
        ReadCpgreylistTrustedHostsDataGreylistTrustedHostsItem,
    )


T = TypeVar("T", bound="ReadCpgreylistTrustedHostsData")
_new_instance = object.__new__


@_attrs_define
class ReadCpgreylistTrustedHostsData:
    """
    Attributes:
        greylist_trusted_hosts (list[ReadCpgreylistTrustedHostsDataGreylistTrustedHostsItem] | Unset):
    """

    greylist_trusted_hosts: list[ReadCpgreylistTrustedHostsDataGreylistTrustedHostsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        greylist_trusted_hosts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.greylist_trusted_hosts, Unset):
            greylist_trusted_hosts = []
            for greylist_trusted_hosts_item_data in self.greylist_trusted_hosts:
                greylist_trusted_hosts_item = greylist_trusted_hosts_item_data.to_dict()
                greylist_trusted_hosts.append(greylist_trusted_hosts_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if greylist_trusted_hosts is not UNSET:
            field_dict["greylist_trusted_hosts"] = greylist_trusted_hosts

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _greylist_trusted_hosts = d.pop("greylist_trusted_hosts", UNSET)
        if _greylist_trusted_hosts.__class__ is not list:
            _greylist_trusted_hosts = read_list(_greylist_trusted_hosts, "greylist_trusted_hosts", False)
        greylist_trusted_hosts: list[ReadCpgreylistTrustedHostsDataGreylistTrustedHostsItem] | Unset = UNSET
        if _greylist_trusted_hosts is not UNSET:
            greylist_trusted_hosts = []
            for greylist_trusted_hosts_item_data in _greylist_trusted_hosts:
                _greylist_trusted_hosts_item = greylist_trusted_hosts_item_data
                if _greylist_trusted_hosts_item.__class__ is not dict:
                    _greylist_trusted_hosts_item = read_object(
                        _greylist_trusted_hosts_item, "greylist_trusted_hosts_item", True
                    )
                greylist_trusted_hosts_item = ReadCpgreylistTrustedHostsDataGreylistTrustedHostsItem.from_dict(
                    _greylist_trusted_hosts_item
                )

                greylist_trusted_hosts.append(greylist_trusted_hosts_item)

        read_cpgreylist_trusted_hosts_data = _new_instance(cls)
        read_cpgreylist_trusted_hosts_data.greylist_trusted_hosts = greylist_trusted_hosts

        read_cpgreylist_trusted_hosts_data.additional_properties = dict(d) if d else {}
        return read_cpgreylist_trusted_hosts_data

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


from ..models.read_cpgreylist_trusted_hosts_data_greylist_trusted_hosts_item import (
    ReadCpgreylistTrustedHostsDataGreylistTrustedHostsItem,  # noqa: E402
)
