# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_list, read_object

if TYPE_CHECKING:
    from ..models.modsec_get_configs_data_configs_item import ModsecGetConfigsDataConfigsItem


T = TypeVar("T", bound="ModsecGetConfigsData")
_new_instance = object.__new__


@_attrs_define
class ModsecGetConfigsData:
    """
    Attributes:
        configs (list[ModsecGetConfigsDataConfigsItem] | Unset):
    """

    configs: list[ModsecGetConfigsDataConfigsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        configs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.configs, Unset):
            configs = []
            for configs_item_data in self.configs:
                configs_item = configs_item_data.to_dict()
                configs.append(configs_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if configs is not UNSET:
            field_dict["configs"] = configs

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _configs = d.pop("configs", UNSET)
        if _configs.__class__ is not list:
            _configs = read_list(_configs, "configs", False)
        configs: list[ModsecGetConfigsDataConfigsItem] | Unset = UNSET
        if _configs is not UNSET:
            configs = []
            for configs_item_data in _configs:
                _configs_item = configs_item_data
                if _configs_item.__class__ is not dict:
                    _configs_item = read_object(_configs_item, "configs_item", True)
                configs_item = ModsecGetConfigsDataConfigsItem.from_dict(_configs_item)

                configs.append(configs_item)

        modsec_get_configs_data = _new_instance(cls)
        modsec_get_configs_data.configs = configs

        modsec_get_configs_data.additional_properties = dict(d) if d else {}
        return modsec_get_configs_data

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


from ..models.modsec_get_configs_data_configs_item import ModsecGetConfigsDataConfigsItem  # noqa: E402
