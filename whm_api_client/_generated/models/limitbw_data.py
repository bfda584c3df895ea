# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.limitbw_data_bwlimits_item import LimitbwDataBwlimitsItem


T = TypeVar("T", bound="LimitbwData")


@_attrs_define
class LimitbwData:
    """
    Attributes:
        bwlimits (list[LimitbwDataBwlimitsItem] | Unset):
    """

    bwlimits: list[LimitbwDataBwlimitsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bwlimits: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.bwlimits, Unset):
            bwlimits = []
            for bwlimits_item_data in self.bwlimits:
                bwlimits_item = bwlimits_item_data.to_dict()
                bwlimits.append(bwlimits_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if bwlimits is not UNSET:
            field_dict["bwlimits"] = bwlimits

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _bwlimits = d.pop("bwlimits", UNSET)
        bwlimits: list[LimitbwDataBwlimitsItem] | Unset = UNSET
        if _bwlimits is not None and not isinstance(_bwlimits, Unset):  # null reads as UNSET
            if not isinstance(_bwlimits, list):
                raise TypeError(f"field bwlimits: expected array, got {type(_bwlimits).__name__}")
            bwlimits = []
            for bwlimits_item_data in _bwlimits:
                _bwlimits_item = bwlimits_item_data
                if not isinstance(_bwlimits_item, dict):
                    raise TypeError(f"field bwlimits_item: expected object, got {type(_bwlimits_item).__name__}")
                bwlimits_item = LimitbwDataBwlimitsItem.from_dict(_bwlimits_item)

                bwlimits.append(bwlimits_item)

        limitbw_data = cls(
            bwlimits=bwlimits,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        limitbw_data.additional_properties = additional_properties
        return limitbw_data

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


from ..models.limitbw_data_bwlimits_item import LimitbwDataBwlimitsItem  # noqa: E402
