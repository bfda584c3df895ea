# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_items, read_list, read_object

if TYPE_CHECKING:
    from ..models.delete_ssl_vhost_data_removed_vhost_data_item import DeleteSslVhostDataRemovedVhostDataItem


T = TypeVar("T", bound="DeleteSslVhostData")
_new_instance = object.__new__


@_attrs_define
class DeleteSslVhostData:
    """
    Attributes:
        output (list[str] | Unset):
        removed_vhost_data (list[DeleteSslVhostDataRemovedVhostDataItem] | Unset):
    """

    output: list[str] | Unset = UNSET
    removed_vhost_data: list[DeleteSslVhostDataRemovedVhostDataItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        output: list[str] | Unset = UNSET
        if not isinstance(self.output, Unset):
            output = self.output

        removed_vhost_data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.removed_vhost_data, Unset):
            removed_vhost_data = []
            for removed_vhost_data_item_data in self.removed_vhost_data:
                removed_vhost_data_item = removed_vhost_data_item_data.to_dict()
                removed_vhost_data.append(removed_vhost_data_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if output is not UNSET:
            field_dict["output"] = output
        if removed_vhost_data is not UNSET:
            field_dict["removed_vhost_data"] = removed_vhost_data

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _output = d.pop("output", UNSET)
        if _output.__class__ is not list:
            _output = read_list(_output, "output", False)
        output: list[str] | Unset = UNSET
        if _output is not UNSET:
            output = _output
            for _item in _output:
                if _item.__class__ is not str:
                    output = read_items(_output, "output_item", "string")
                    break

        _removed_vhost_data = d.pop("removed_vhost_data", UNSET)
        if _removed_vhost_data.__class__ is not list:
            _removed_vhost_data = read_list(_removed_vhost_data, "removed_vhost_data", False)
        removed_vhost_data: list[DeleteSslVhostDataRemovedVhostDataItem] | Unset = UNSET
        if _removed_vhost_data is not UNSET:
            removed_vhost_data = []
            for removed_vhost_data_item_data in _removed_vhost_data:
                _removed_vhost_data_item = removed_vhost_data_item_data
                if _removed_vhost_data_item.__class__ is not dict:
                    _removed_vhost_data_item = read_object(_removed_vhost_data_item, "removed_vhost_data_item", True)
                removed_vhost_data_item = DeleteSslVhostDataRemovedVhostDataItem.from_dict(_removed_vhost_data_item)

                removed_vhost_data.append(removed_vhost_data_item)

        delete_ssl_vhost_data = _new_instance(cls)
        delete_ssl_vhost_data.output = output
        delete_ssl_vhost_data.removed_vhost_data = removed_vhost_data

        delete_ssl_vhost_data.additional_properties = dict(d) if d else {}
        return delete_ssl_vhost_data

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


from ..models.delete_ssl_vhost_data_removed_vhost_data_item import DeleteSslVhostDataRemovedVhostDataItem  # noqa: E402
