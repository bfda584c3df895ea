# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_value

T = TypeVar("T", bound="TransferModuleSchemaDataSchemaKeysAdditionalProperty")
_new_instance = object.__new__


@_attrs_define
class TransferModuleSchemaDataSchemaKeysAdditionalProperty:
    """
    Attributes:
        def_ (str | Unset):
    """

    def_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        def_ = self.def_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if def_ is not UNSET:
            field_dict["def"] = def_

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def_ = d.pop("def", UNSET)
        if def_.__class__ is not str:
            def_ = read_value(def_, "def", "string", False)

        transfer_module_schema_data_schema_keys_additional_property = _new_instance(cls)
        transfer_module_schema_data_schema_keys_additional_property.def_ = def_

        transfer_module_schema_data_schema_keys_additional_property.additional_properties = dict(d) if d else {}
        return transfer_module_schema_data_schema_keys_additional_property

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
