# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_list, read_object

if TYPE_CHECKING:
    from ..models.getdiskusage_data_partition_item import GetdiskusageDataPartitionItem


T = TypeVar("T", bound="GetdiskusageData")
_new_instance = object.__new__


@_attrs_define
class GetdiskusageData:
    """
    Attributes:
        partition (list[GetdiskusageDataPartitionItem] | Unset):
    """

    partition: list[GetdiskusageDataPartitionItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        partition: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.partition, Unset):
            partition = []
            for partition_item_data in self.partition:
                partition_item = partition_item_data.to_dict()
                partition.append(partition_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if partition is not UNSET:
            field_dict["partition"] = partition

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _partition = d.pop("partition", UNSET)
        if _partition.__class__ is not list:
            _partition = read_list(_partition, "partition", False)
        partition: list[GetdiskusageDataPartitionItem] | Unset = UNSET
        if _partition is not UNSET:
            partition = []
            for partition_item_data in _partition:
                _partition_item = partition_item_data
                if _partition_item.__class__ is not dict:
                    _partition_item = read_object(_partition_item, "partition_item", True)
                partition_item = GetdiskusageDataPartitionItem.from_dict(_partition_item)

                partition.append(partition_item)

        getdiskusage_data = _new_instance(cls)
        getdiskusage_data.partition = partition

        getdiskusage_data.additional_properties = dict(d) if d else {}
        return getdiskusage_data

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


from ..models.getdiskusage_data_partition_item import GetdiskusageDataPartitionItem  # noqa: E402
