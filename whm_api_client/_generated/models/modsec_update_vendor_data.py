# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_object

if TYPE_CHECKING:
    from ..models.modsec_update_vendor_data_diagnostics import ModsecUpdateVendorDataDiagnostics
    from ..models.modsec_update_vendor_data_vendor import ModsecUpdateVendorDataVendor


T = TypeVar("T", bound="ModsecUpdateVendorData")
_new_instance = object.__new__


@_attrs_define
class ModsecUpdateVendorData:
    """
    Attributes:
        diagnostics (ModsecUpdateVendorDataDiagnostics | Unset):
        vendor (ModsecUpdateVendorDataVendor | Unset):
    """

    diagnostics: ModsecUpdateVendorDataDiagnostics | Unset = UNSET
    vendor: ModsecUpdateVendorDataVendor | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        diagnostics: dict[str, Any] | Unset = UNSET
        if not isinstance(self.diagnostics, Unset):
            diagnostics = self.diagnostics.to_dict()

        vendor: dict[str, Any] | Unset = UNSET
        if not isinstance(self.vendor, Unset):
            vendor = self.vendor.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if diagnostics is not UNSET:
            field_dict["diagnostics"] = diagnostics
        if vendor is not UNSET:
            field_dict["vendor"] = vendor

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _diagnostics = d.pop("diagnostics", UNSET)
        diagnostics: ModsecUpdateVendorDataDiagnostics | Unset
        if _diagnostics.__class__ is not dict:
            _diagnostics = read_object(_diagnostics, "diagnostics", False)
        diagnostics = UNSET if _diagnostics is UNSET else ModsecUpdateVendorDataDiagnostics.from_dict(_diagnostics)

        _vendor = d.pop("vendor", UNSET)
        vendor: ModsecUpdateVendorDataVendor | Unset
        if _vendor.__class__ is not dict:
            _vendor = read_object(_vendor, "vendor", False)
        vendor = UNSET if _vendor is UNSET else ModsecUpdateVendorDataVendor.from_dict(_vendor)

        modsec_update_vendor_data = _new_instance(cls)
        modsec_update_vendor_data.diagnostics = diagnostics
        modsec_update_vendor_data.vendor = vendor

        modsec_update_vendor_data.additional_properties = dict(d) if d else {}
        return modsec_update_vendor_data

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


from ..models.modsec_update_vendor_data_diagnostics import ModsecUpdateVendorDataDiagnostics  # noqa: E402
from ..models.modsec_update_vendor_data_vendor import ModsecUpdateVendorDataVendor  # noqa: E402
