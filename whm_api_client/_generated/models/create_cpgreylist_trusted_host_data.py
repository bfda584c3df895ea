# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_list, read_object, read_value

if TYPE_CHECKING:
    from ..models.create_cpgreylist_trusted_host_data_ips_added_item import CreateCpgreylistTrustedHostDataIpsAddedItem
    from ..models.create_cpgreylist_trusted_host_data_ips_failed import CreateCpgreylistTrustedHostDataIpsFailed


T = TypeVar("T", bound="CreateCpgreylistTrustedHostData")
_new_instance = object.__new__


@_attrs_define
class CreateCpgreylistTrustedHostData:
    """
    Attributes:
        comment (str | Unset):
        ips_added (list[CreateCpgreylistTrustedHostDataIpsAddedItem] | Unset):
        ips_failed (CreateCpgreylistTrustedHostDataIpsFailed | Unset):
    """

    comment: str | Unset = UNSET
    ips_added: list[CreateCpgreylistTrustedHostDataIpsAddedItem] | Unset = UNSET
    ips_failed: CreateCpgreylistTrustedHostDataIpsFailed | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        comment = self.comment

        ips_added: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.ips_added, Unset):
            ips_added = []
            for ips_added_item_data in self.ips_added:
                ips_added_item = ips_added_item_data.to_dict()
                ips_added.append(ips_added_item)

        ips_failed: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ips_failed, Unset):
            ips_failed = self.ips_failed.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if comment is not UNSET:
            field_dict["comment"] = comment
        if ips_added is not UNSET:
            field_dict["ips_added"] = ips_added
        if ips_failed is not UNSET:
            field_dict["ips_failed"] = ips_failed

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

        _ips_added = d.pop("ips_added", UNSET)
        if _ips_added.__class__ is not list:
            _ips_added = read_list(_ips_added, "ips_added", False)
        ips_added: list[CreateCpgreylistTrustedHostDataIpsAddedItem] | Unset = UNSET
        if _ips_added is not UNSET:
            ips_added = []
            for ips_added_item_data in _ips_added:
                _ips_added_item = ips_added_item_data
                if _ips_added_item.__class__ is not dict:
                    _ips_added_item = read_object(_ips_added_item, "ips_added_item", True)
                ips_added_item = CreateCpgreylistTrustedHostDataIpsAddedItem.from_dict(_ips_added_item)

                ips_added.append(ips_added_item)

        _ips_failed = d.pop("ips_failed", UNSET)
        ips_failed: CreateCpgreylistTrustedHostDataIpsFailed | Unset
        if _ips_failed.__class__ is not dict:
            _ips_failed = read_object(_ips_failed, "ips_failed", False)
        ips_failed = UNSET if _ips_failed is UNSET else CreateCpgreylistTrustedHostDataIpsFailed.from_dict(_ips_failed)

        create_cpgreylist_trusted_host_data = _new_instance(cls)
        create_cpgreylist_trusted_host_data.comment = comment
        create_cpgreylist_trusted_host_data.ips_added = ips_added
        create_cpgreylist_trusted_host_data.ips_failed = ips_failed

        create_cpgreylist_trusted_host_data.additional_properties = dict(d) if d else {}
        return create_cpgreylist_trusted_host_data

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


from ..models.create_cpgreylist_trusted_host_data_ips_added_item import CreateCpgreylistTrustedHostDataIpsAddedItem  # noqa: E402
from ..models.create_cpgreylist_trusted_host_data_ips_failed import CreateCpgreylistTrustedHostDataIpsFailed  # noqa: E402
