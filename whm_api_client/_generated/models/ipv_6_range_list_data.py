# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_list, read_object

if TYPE_CHECKING:
    from ..models.ipv_6_range_list_data_range_item import Ipv6RangeListDataRangeItem


T = TypeVar("T", bound="Ipv6RangeListData")
_new_instance = object.__new__


@_attrs_define
class Ipv6RangeListData:
    """
    Attributes:
        range_ (list[Ipv6RangeListDataRangeItem] | Unset):
    """

    range_: list[Ipv6RangeListDataRangeItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        range_: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.range_, Unset):
            range_ = []
            for range_item_data in self.range_:
                range_item = range_item_data.to_dict()
                range_.append(range_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if range_ is not UNSET:
            field_dict["range"] = range_

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _range_ = d.pop("range", UNSET)
        if _range_.__class__ is not list:
            _range_ = read_list(_range_, "range", False)
        range_: list[Ipv6RangeListDataRangeItem] | Unset = UNSET
        if _range_ is not UNSET:
            range_ = []
            for range_item_data in _range_:
                _range_item = range_item_data
                if _range_item.__class__ is not dict:
                    _range_item = read_object(_range_item, "range_item", True)
                range_item = Ipv6RangeListDataRangeItem.from_dict(_range_item)

                range_.append(range_item)

        ipv_6_range_list_data = _new_instance(cls)
        ipv_6_range_list_data.range_ = range_

        ipv_6_range_list_data.additional_properties = dict(d) if d else {}
        return ipv_6_range_list_data

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


from ..models.ipv_6_range_list_data_range_item import Ipv6RangeListDataRangeItem  # noqa: E402
