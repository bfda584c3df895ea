# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_list, read_object

if TYPE_CHECKING:
    from ..models.modsec_get_vendors_data_vendors_item import ModsecGetVendorsDataVendorsItem


T = TypeVar("T", bound="ModsecGetVendorsData")
_new_instance = object.__new__


@_attrs_define
class ModsecGetVendorsData:
    """
    Attributes:
        vendors (list[ModsecGetVendorsDataVendorsItem] | Unset):
    """

    vendors: list[ModsecGetVendorsDataVendorsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
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

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _vendors = d.pop("vendors", UNSET)
        if _vendors.__class__ is not list:
            _vendors = read_list(_vendors, "vendors", False)
        vendors: list[ModsecGetVendorsDataVendorsItem] | Unset = UNSET
        if _vendors is not UNSET:
            vendors = []
            for vendors_item_data in _vendors:
                _vendors_item = vendors_item_data
                if _vendors_item.__class__ is not dict:
                    _vendors_item = read_object(_vendors_item, "vendors_item", True)
                vendors_item = ModsecGetVendorsDataVendorsItem.from_dict(_vendors_item)

                vendors.append(vendors_item)

        modsec_get_vendors_data = _new_instance(cls)
        modsec_get_vendors_data.vendors = vendors

        modsec_get_vendors_data.additional_properties = dict(d) if d else {}
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
