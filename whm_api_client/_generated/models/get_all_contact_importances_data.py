# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_list, read_object

if TYPE_CHECKING:
    from ..models.get_all_contact_importances_data_importances_item import GetAllContactImportancesDataImportancesItem


T = TypeVar("T", bound="GetAllContactImportancesData")
_new_instance = object.__new__


@_attrs_define
class GetAllContactImportancesData:
    """
    Attributes:
        importances (list[GetAllContactImportancesDataImportancesItem] | Unset):
    """

    importances: list[GetAllContactImportancesDataImportancesItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        importances: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.importances, Unset):
            importances = []
            for importances_item_data in self.importances:
                importances_item = importances_item_data.to_dict()
                importances.append(importances_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if importances is not UNSET:
            field_dict["importances"] = importances

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _importances = d.pop("importances", UNSET)
        if _importances.__class__ is not list:
            _importances = read_list(_importances, "importances", False)
        importances: list[GetAllContactImportancesDataImportancesItem] | Unset = UNSET
        if _importances is not UNSET:
            importances = []
            for importances_item_data in _importances:
                _importances_item = importances_item_data
                if _importances_item.__class__ is not dict:
                    _importances_item = read_object(_importances_item, "importances_item", True)
                importances_item = GetAllContactImportancesDataImportancesItem.from_dict(_importances_item)

                importances.append(importances_item)

        get_all_contact_importances_data = _new_instance(cls)
        get_all_contact_importances_data.importances = importances

        get_all_contact_importances_data.additional_properties = dict(d) if d else {}
        return get_all_contact_importances_data

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


from ..models.get_all_contact_importances_data_importances_item import GetAllContactImportancesDataImportancesItem  # noqa: E402
