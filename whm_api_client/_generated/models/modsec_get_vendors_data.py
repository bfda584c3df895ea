# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.modsec_get_vendors_data_vendors_item import ModsecGetVendorsDataVendorsItem


T = TypeVar("T", bound="ModsecGetVendorsData")


@_attrs_define
class ModsecGetVendorsData:
    """
    Attributes:
        vendors (list[ModsecGetVendorsDataVendorsItem] | Unset):
    """

    vendors: list[ModsecGetVendorsDataVendorsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        vendors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.vendors, Unset):
            vendors = []
            for vendors_item_data in self.vendors:
                vendors_item = vendors_item_data.to_dict()
                vendors.append(vendors_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if vendors is not UNSET:
            field_dict["vendors"] = vendors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _vendors = d.pop("vendors", UNSET)
        vendors: list[ModsecGetVendorsDataVendorsItem] | Unset = UNSET
        if _vendors is not None and not isinstance(_vendors, Unset):  # null reads as UNSET
            if not isinstance(_vendors, list):
                raise TypeError(f"field vendors: expected array, got {type(_vendors).__name__}")
            vendors = []
            for vendors_item_data in _vendors:
                _vendors_item = vendors_item_data
                if not isinstance(_vendors_item, dict):
                    raise TypeError(f"field vendors_item: expected object, got {type(_vendors_item).__name__}")
                vendors_item = ModsecGetVendorsDataVendorsItem.from_dict(_vendors_item)

                vendors.append(vendors_item)

        modsec_get_vendors_data = cls(
            vendors=vendors,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        modsec_get_vendors_data.additional_properties = additional_properties
        return modsec_get_vendors_data

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


from ..models.modsec_get_vendors_data_vendors_item import ModsecGetVendorsDataVendorsItem  # noqa: E402
