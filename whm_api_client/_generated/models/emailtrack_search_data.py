# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_list, read_object

if TYPE_CHECKING:
    from ..models.emailtrack_search_data_records_item import EmailtrackSearchDataRecordsItem


T = TypeVar("T", bound="EmailtrackSearchData")
_new_instance = object.__new__


@_attrs_define
class EmailtrackSearchData:
    """
    Attributes:
        records (list[EmailtrackSearchDataRecordsItem] | Unset):
    """

    records: list[EmailtrackSearchDataRecordsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        records: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.records, Unset):
            records = []
            for records_item_data in self.records:
                records_item = records_item_data.to_dict()
                records.append(records_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if records is not UNSET:
            field_dict["records"] = records

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _records = d.pop("records", UNSET)
        if _records.__class__ is not list:
            _records = read_list(_records, "records", False)
        records: list[EmailtrackSearchDataRecordsItem] | Unset = UNSET
        if _records is not UNSET:
            records = []
            for records_item_data in _records:
                _records_item = records_item_data
                if _records_item.__class__ is not dict:
                    _records_item = read_object(_records_item, "records_item", True)
                records_item = EmailtrackSearchDataRecordsItem.from_dict(_records_item)

                records.append(records_item)

        emailtrack_search_data = _new_instance(cls)
        emailtrack_search_data.records = records

        emailtrack_search_data.additional_properties = dict(d) if d else {}
        return emailtrack_search_data

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


from ..models.emailtrack_search_data_records_item import EmailtrackSearchDataRecordsItem  # noqa: E402
