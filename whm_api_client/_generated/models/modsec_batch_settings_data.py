# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_list, read_object

if TYPE_CHECKING:
    from ..models.modsec_batch_settings_data_updated_settings_item import ModsecBatchSettingsDataUpdatedSettingsItem


T = TypeVar("T", bound="ModsecBatchSettingsData")
_new_instance = object.__new__


@_attrs_define
class ModsecBatchSettingsData:
    """
    Attributes:
        updated_settings (list[ModsecBatchSettingsDataUpdatedSettingsItem] | Unset):
    """

    updated_settings: list[ModsecBatchSettingsDataUpdatedSettingsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        updated_settings: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.updated_settings, Unset):
            updated_settings = []
            for updated_settings_item_data in self.updated_settings:
                updated_settings_item = updated_settings_item_data.to_dict()
                updated_settings.append(updated_settings_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if updated_settings is not UNSET:
            field_dict["updated_settings"] = updated_settings

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _updated_settings = d.pop("updated_settings", UNSET)
        if _updated_settings.__class__ is not list:
            _updated_settings = read_list(_updated_settings, "updated_settings", False)
        updated_settings: list[ModsecBatchSettingsDataUpdatedSettingsItem] | Unset = UNSET
        if _updated_settings is not UNSET:
            updated_settings = []
            for updated_settings_item_data in _updated_settings:
                _updated_settings_item = updated_settings_item_data
                if _updated_settings_item.__class__ is not dict:
                    _updated_settings_item = read_object(_updated_settings_item, "updated_settings_item", True)
                updated_settings_item = ModsecBatchSettingsDataUpdatedSettingsItem.from_dict(_updated_settings_item)

                updated_settings.append(updated_settings_item)

        modsec_batch_settings_data = _new_instance(cls)
        modsec_batch_settings_data.updated_settings = updated_settings

        modsec_batch_settings_data.additional_properties = dict(d) if d else {}
        return modsec_batch_settings_data

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


from ..models.modsec_batch_settings_data_updated_settings_item import ModsecBatchSettingsDataUpdatedSettingsItem  # noqa: E402
