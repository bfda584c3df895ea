# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_list, read_object

if TYPE_CHECKING:
    from ..models.restore_modules_summary_data_modules_item import RestoreModulesSummaryDataModulesItem


T = TypeVar("T", bound="RestoreModulesSummaryData")
_new_instance = object.__new__


@_attrs_define
class RestoreModulesSummaryData:
    """
    Attributes:
        modules (list[RestoreModulesSummaryDataModulesItem] | Unset):
    """

    modules: list[RestoreModulesSummaryDataModulesItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        modules: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.modules, Unset):
            modules = []
            for modules_item_data in self.modules:
                modules_item = modules_item_data.to_dict()
                modules.append(modules_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if modules is not UNSET:
            field_dict["modules"] = modules

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _modules = d.pop("modules", UNSET)
        if _modules.__class__ is not list:
            _modules = read_list(_modules, "modules", False)
        modules: list[RestoreModulesSummaryDataModulesItem] | Unset = UNSET
        if _modules is not UNSET:
            modules = []
            for modules_item_data in _modules:
                _modules_item = modules_item_data
                if _modules_item.__class__ is not dict:
                    _modules_item = read_object(_modules_item, "modules_item", True)
                modules_item = RestoreModulesSummaryDataModulesItem.from_dict(_modules_item)

                modules.append(modules_item)

        restore_modules_summary_data = _new_instance(cls)
        restore_modules_summary_data.modules = modules

        restore_modules_summary_data.additional_properties = dict(d) if d else {}
        return restore_modules_summary_data

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


from ..models.restore_modules_summary_data_modules_item import RestoreModulesSummaryDataModulesItem  # noqa: E402
