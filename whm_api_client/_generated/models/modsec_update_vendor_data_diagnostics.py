# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_items, read_list, read_object

if TYPE_CHECKING:
    from ..models.modsec_update_vendor_data_diagnostics_new_configs_item import (
        ModsecUpdateVendorDataDiagnosticsNewConfigsItem,
    )
    from ..models.modsec_update_vendor_data_diagnostics_prev_configs_item import (
        ModsecUpdateVendorDataDiagnosticsPrevConfigsItem,
    )


T = TypeVar("T", bound="ModsecUpdateVendorDataDiagnostics")
_new_instance = object.__new__


@_attrs_define
class ModsecUpdateVendorDataDiagnostics:
    """
    Attributes:
        added_configs (list[str] | Unset):
        deleted_configs (list[str] | Unset):
        new_configs (list[ModsecUpdateVendorDataDiagnosticsNewConfigsItem] | Unset):
        prev_configs (list[ModsecUpdateVendorDataDiagnosticsPrevConfigsItem] | Unset):
    """

    added_configs: list[str] | Unset = UNSET
    deleted_configs: list[str] | Unset = UNSET
    new_configs: list[ModsecUpdateVendorDataDiagnosticsNewConfigsItem] | Unset = UNSET
    prev_configs: list[ModsecUpdateVendorDataDiagnosticsPrevConfigsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        added_configs: list[str] | Unset = UNSET
        if not isinstance(self.added_configs, Unset):
            added_configs = self.added_configs

        deleted_configs: list[str] | Unset = UNSET
        if not isinstance(self.deleted_configs, Unset):
            deleted_configs = self.deleted_configs

        new_configs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.new_configs, Unset):
            new_configs = []
            for new_configs_item_data in self.new_configs:
                new_configs_item = new_configs_item_data.to_dict()
                new_configs.append(new_configs_item)

        prev_configs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.prev_configs, Unset):
            prev_configs = []
            for prev_configs_item_data in self.prev_configs:
                prev_configs_item = prev_configs_item_data.to_dict()
                prev_configs.append(prev_configs_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if added_configs is not UNSET:
            field_dict["added_configs"] = added_configs
        if deleted_configs is not UNSET:
            field_dict["deleted_configs"] = deleted_configs
        if new_configs is not UNSET:
            field_dict["new_configs"] = new_configs
        if prev_configs is not UNSET:
            field_dict["prev_configs"] = prev_configs

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _added_configs = d.pop("added_configs", UNSET)
        if _added_configs.__class__ is not list:
            _added_configs = read_list(_added_configs, "added_configs", False)
        added_configs: list[str] | Unset = UNSET
        if _added_configs is not UNSET:
            added_configs = _added_configs
            for _item in _added_configs:
                if _item.__class__ is not str:
                    added_configs = read_items(_added_configs, "added_configs_item", "string")
                    break

        _deleted_configs = d.pop("deleted_configs", UNSET)
        if _deleted_configs.__class__ is not list:
            _deleted_configs = read_list(_deleted_configs, "deleted_configs", False)
        deleted_configs: list[str] | Unset = UNSET
        if _deleted_configs is not UNSET:
            deleted_configs = _deleted_configs
            for _item in _deleted_configs:
                if _item.__class__ is not str:
                    deleted_configs = read_items(_deleted_configs, "deleted_configs_item", "string")
                    break

        _new_configs = d.pop("new_configs", UNSET)
        if _new_configs.__class__ is not list:
            _new_configs = read_list(_new_configs, "new_configs", False)
        new_configs: list[ModsecUpdateVendorDataDiagnosticsNewConfigsItem] | Unset = UNSET
        if _new_configs is not UNSET:
            new_configs = []
            for new_configs_item_data in _new_configs:
                _new_configs_item = new_configs_item_data
                if _new_configs_item.__class__ is not dict:
                    _new_configs_item = read_object(_new_configs_item, "new_configs_item", True)
                new_configs_item = ModsecUpdateVendorDataDiagnosticsNewConfigsItem.from_dict(_new_configs_item)

                new_configs.append(new_configs_item)

        _prev_configs = d.pop("prev_configs", UNSET)
        if _prev_configs.__class__ is not list:
            _prev_configs = read_list(_prev_configs, "prev_configs", False)
        prev_configs: list[ModsecUpdateVendorDataDiagnosticsPrevConfigsItem] | Unset = UNSET
        if _prev_configs is not UNSET:
            prev_configs = []
            for prev_configs_item_data in _prev_configs:
                _prev_configs_item = prev_configs_item_data
                if _prev_configs_item.__class__ is not dict:
                    _prev_configs_item = read_object(_prev_configs_item, "prev_configs_item", True)
                prev_configs_item = ModsecUpdateVendorDataDiagnosticsPrevConfigsItem.from_dict(_prev_configs_item)

                prev_configs.append(prev_configs_item)

        modsec_update_vendor_data_diagnostics = _new_instance(cls)
        modsec_update_vendor_data_diagnostics.added_configs = added_configs
        modsec_update_vendor_data_diagnostics.deleted_configs = deleted_configs
        modsec_update_vendor_data_diagnostics.new_configs = new_configs
        modsec_update_vendor_data_diagnostics.prev_configs = prev_configs

        modsec_update_vendor_data_diagnostics.additional_properties = dict(d) if d else {}
        return modsec_update_vendor_data_diagnostics

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


from ..models.modsec_update_vendor_data_diagnostics_new_configs_item import (
    ModsecUpdateVendorDataDiagnosticsNewConfigsItem,  # noqa: E402
)
from ..models.modsec_update_vendor_data_diagnostics_prev_configs_item import (
    ModsecUpdateVendorDataDiagnosticsPrevConfigsItem,  # noqa: E402
)
