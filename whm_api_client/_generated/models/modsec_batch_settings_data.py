# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.modsec_batch_settings_data_updated_settings_item import ModsecBatchSettingsDataUpdatedSettingsItem


T = TypeVar("T", bound="ModsecBatchSettingsData")


@_attrs_define
class ModsecBatchSettingsData:
    """
    Attributes:
        updated_settings (list[ModsecBatchSettingsDataUpdatedSettingsItem] | Unset):
    """

    updated_settings: list[ModsecBatchSettingsDataUpdatedSettingsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _updated_settings = d.pop("updated_settings", UNSET)
        updated_settings: list[ModsecBatchSettingsDataUpdatedSettingsItem] | Unset = UNSET
        if _updated_settings is not None and not isinstance(_updated_settings, Unset):  # null reads as UNSET
            if not isinstance(_updated_settings, list):
                raise TypeError(f"field updated_settings: expected array, got {type(_updated_settings).__name__}")
            updated_settings = []
            for updated_settings_item_data in _updated_settings:
                _updated_settings_item = updated_settings_item_data
                if not isinstance(_updated_settings_item, dict):
                    raise TypeError(
                        f"field updated_settings_item: expected object, got {type(_updated_settings_item).__name__}"
                    )
                updated_settings_item = ModsecBatchSettingsDataUpdatedSettingsItem.from_dict(_updated_settings_item)

                updated_settings.append(updated_settings_item)

        modsec_batch_settings_data = cls(
            updated_settings=updated_settings,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        modsec_batch_settings_data.additional_properties = additional_properties
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
