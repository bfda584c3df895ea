# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ipv_6_range_list_data_range_item import Ipv6RangeListDataRangeItem


T = TypeVar("T", bound="Ipv6RangeListData")


@_attrs_define
class Ipv6RangeListData:
    """
    Attributes:
        range_ (list[Ipv6RangeListDataRangeItem] | Unset):
    """

    range_: list[Ipv6RangeListDataRangeItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _range_ = d.pop("range", UNSET)
        range_: list[Ipv6RangeListDataRangeItem] | Unset = UNSET
        if _range_ is not None and not isinstance(_range_, Unset):  # null reads as UNSET
            if not isinstance(_range_, list):
                raise TypeError(f"field range: expected array, got {type(_range_).__name__}")
            range_ = []
            for range_item_data in _range_:
                _range_item = range_item_data
                if not isinstance(_range_item, dict):
                    raise TypeError(f"field range_item: expected object, got {type(_range_item).__name__}")
                range_item = Ipv6RangeListDataRangeItem.from_dict(_range_item)

                range_.append(range_item)

        ipv_6_range_list_data = cls(
            range_=range_,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        ipv_6_range_list_data.additional_properties = additional_properties
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
