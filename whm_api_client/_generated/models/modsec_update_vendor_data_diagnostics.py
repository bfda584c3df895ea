# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.modsec_update_vendor_data_diagnostics_new_configs_item import (
        ModsecUpdateVendorDataDiagnosticsNewConfigsItem,
    )
    from ..models.modsec_update_vendor_data_diagnostics_prev_configs_item import (
        ModsecUpdateVendorDataDiagnosticsPrevConfigsItem,
    )


T = TypeVar("T", bound="ModsecUpdateVendorDataDiagnostics")


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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _added_configs = d.pop("added_configs", UNSET)
        added_configs: list[str] | Unset = UNSET
        if _added_configs is not None and not isinstance(_added_configs, Unset):  # null reads as UNSET
            if not isinstance(_added_configs, list):
                raise TypeError(f"field added_configs: expected array, got {type(_added_configs).__name__}")
            added_configs = []
            for added_configs_item_data in _added_configs:
                added_configs_item = added_configs_item_data
                if not isinstance(added_configs_item, (str,)):
                    raise TypeError(
                        f"field added_configs_item: expected string, got {type(added_configs_item).__name__}"
                    )

                added_configs.append(added_configs_item)

        _deleted_configs = d.pop("deleted_configs", UNSET)
        deleted_configs: list[str] | Unset = UNSET
        if _deleted_configs is not None and not isinstance(_deleted_configs, Unset):  # null reads as UNSET
            if not isinstance(_deleted_configs, list):
                raise TypeError(f"field deleted_configs: expected array, got {type(_deleted_configs).__name__}")
            deleted_configs = []
            for deleted_configs_item_data in _deleted_configs:
                deleted_configs_item = deleted_configs_item_data
                if not isinstance(deleted_configs_item, (str,)):
                    raise TypeError(
                        f"field deleted_configs_item: expected string, got {type(deleted_configs_item).__name__}"
                    )

                deleted_configs.append(deleted_configs_item)

        _new_configs = d.pop("new_configs", UNSET)
        new_configs: list[ModsecUpdateVendorDataDiagnosticsNewConfigsItem] | Unset = UNSET
        if _new_configs is not None and not isinstance(_new_configs, Unset):  # null reads as UNSET
            if not isinstance(_new_configs, list):
                raise TypeError(f"field new_configs: expected array, got {type(_new_configs).__name__}")
            new_configs = []
            for new_configs_item_data in _new_configs:
                _new_configs_item = new_configs_item_data
                if not isinstance(_new_configs_item, dict):
                    raise TypeError(f"field new_configs_item: expected object, got {type(_new_configs_item).__name__}")
                new_configs_item = ModsecUpdateVendorDataDiagnosticsNewConfigsItem.from_dict(_new_configs_item)

                new_configs.append(new_configs_item)

        _prev_configs = d.pop("prev_configs", UNSET)
        prev_configs: list[ModsecUpdateVendorDataDiagnosticsPrevConfigsItem] | Unset = UNSET
        if _prev_configs is not None and not isinstance(_prev_configs, Unset):  # null reads as UNSET
            if not isinstance(_prev_configs, list):
                raise TypeError(f"field prev_configs: expected array, got {type(_prev_configs).__name__}")
            prev_configs = []
            for prev_configs_item_data in _prev_configs:
                _prev_configs_item = prev_configs_item_data
                if not isinstance(_prev_configs_item, dict):
                    raise TypeError(
                        f"field prev_configs_item: expected object, got {type(_prev_configs_item).__name__}"
                    )
                prev_configs_item = ModsecUpdateVendorDataDiagnosticsPrevConfigsItem.from_dict(_prev_configs_item)

                prev_configs.append(prev_configs_item)

        modsec_update_vendor_data_diagnostics = cls(
            added_configs=added_configs,
            deleted_configs=deleted_configs,
            new_configs=new_configs,
            prev_configs=prev_configs,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        modsec_update_vendor_data_diagnostics.additional_properties = additional_properties
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
