# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_list, read_object

if TYPE_CHECKING:
    from ..models.listmxs_data_record_item import ListmxsDataRecordItem


T = TypeVar("T", bound="ListmxsData")
_new_instance = object.__new__


@_attrs_define
class ListmxsData:
    """
    Attributes:
        record (list[ListmxsDataRecordItem] | Unset):
    """

    record: list[ListmxsDataRecordItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        record: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.record, Unset):
            record = []
            for record_item_data in self.record:
                record_item = record_item_data.to_dict()
                record.append(record_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if record is not UNSET:
            field_dict["record"] = record

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _record = d.pop("record", UNSET)
        if _record.__class__ is not list:
            _record = read_list(_record, "record", False)
        record: list[ListmxsDataRecordItem] | Unset = UNSET
        if _record is not UNSET:
            record = []
            for record_item_data in _record:
                _record_item = record_item_data
                if _record_item.__class__ is not dict:
                    _record_item = read_object(_record_item, "record_item", True)
                record_item = ListmxsDataRecordItem.from_dict(_record_item)

                record.append(record_item)

        listmxs_data = _new_instance(cls)
        listmxs_data.record = record

        listmxs_data.additional_properties = dict(d) if d else {}
        return listmxs_data

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


from ..models.listmxs_data_record_item import ListmxsDataRecordItem  # noqa: E402
