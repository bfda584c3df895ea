# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_items, read_list, read_object

if TYPE_CHECKING:
    from ..models.transfer_module_schema_data_schema_keys import TransferModuleSchemaDataSchemaKeys


T = TypeVar("T", bound="TransferModuleSchemaDataSchema")
_new_instance = object.__new__


@_attrs_define
class TransferModuleSchemaDataSchema:
    """
    Attributes:
        required (list[str] | Unset):
        keys (TransferModuleSchemaDataSchemaKeys | Unset):
        primary (list[str] | Unset):
    """

    required: list[str] | Unset = UNSET
    keys: TransferModuleSchemaDataSchemaKeys | Unset = UNSET
    primary: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        required: list[str] | Unset = UNSET
        if not isinstance(self.required, Unset):
            required = self.required

        keys: dict[str, Any] | Unset = UNSET
        if not isinstance(self.keys, Unset):
            keys = self.keys.to_dict()

        primary: list[str] | Unset = UNSET
        if not isinstance(self.primary, Unset):
            primary = self.primary

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if required is not UNSET:
            field_dict["required"] = required
        if keys is not UNSET:
            field_dict["keys"] = keys
        if primary is not UNSET:
            field_dict["primary"] = primary

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _required = d.pop("required", UNSET)
        if _required.__class__ is not list:
            _required = read_list(_required, "required", False)
        required: list[str] | Unset = UNSET
        if _required is not UNSET:
            required = _required
            for _item in _required:
                if _item.__class__ is not str:
                    required = read_items(_required, "required_item", "string")
                    break

        _keys = d.pop("keys", UNSET)
        keys: TransferModuleSchemaDataSchemaKeys | Unset
        if _keys.__class__ is not dict:
            _keys = read_object(_keys, "keys", False)
        keys = UNSET if _keys is UNSET else TransferModuleSchemaDataSchemaKeys.from_dict(_keys)

        _primary = d.pop("primary", UNSET)
        if _primary.__class__ is not list:
            _primary = read_list(_primary, "primary", False)
        primary: list[str] | Unset = UNSET
        if _primary is not UNSET:
            primary = _primary
            for _item in _primary:
                if _item.__class__ is not str:
                    primary = read_items(_primary, "primary_item", "string")
                    break

        transfer_module_schema_data_schema = _new_instance(cls)
        transfer_module_schema_data_schema.required = required
        transfer_module_schema_data_schema.keys = keys
        transfer_module_schema_data_schema.primary = primary

        transfer_module_schema_data_schema.additional_properties = dict(d) if d else {}
        return transfer_module_schema_data_schema

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


from ..models.transfer_module_schema_data_schema_keys import TransferModuleSchemaDataSchemaKeys  # noqa: E402
