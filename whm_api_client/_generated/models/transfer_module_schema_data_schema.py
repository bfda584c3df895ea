# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.transfer_module_schema_data_schema_keys import TransferModuleSchemaDataSchemaKeys


T = TypeVar("T", bound="TransferModuleSchemaDataSchema")


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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _required = d.pop("required", UNSET)
        required: list[str] | Unset = UNSET
        if _required is not None and not isinstance(_required, Unset):  # null reads as UNSET
            if not isinstance(_required, list):
                raise TypeError(f"field required: expected array, got {type(_required).__name__}")
            required = []
            for required_item_data in _required:
                required_item = required_item_data
                if not isinstance(required_item, (str,)):
                    raise TypeError(f"field required_item: expected string, got {type(required_item).__name__}")

                required.append(required_item)

        _keys = d.pop("keys", UNSET)
        keys: TransferModuleSchemaDataSchemaKeys | Unset
        if _keys is None or isinstance(_keys, Unset):  # null reads as UNSET
            keys = UNSET
        else:
            if not isinstance(_keys, dict):
                raise TypeError(f"field keys: expected object, got {type(_keys).__name__}")
            keys = TransferModuleSchemaDataSchemaKeys.from_dict(_keys)

        _primary = d.pop("primary", UNSET)
        primary: list[str] | Unset = UNSET
        if _primary is not None and not isinstance(_primary, Unset):  # null reads as UNSET
            if not isinstance(_primary, list):
                raise TypeError(f"field primary: expected array, got {type(_primary).__name__}")
            primary = []
            for primary_item_data in _primary:
                primary_item = primary_item_data
                if not isinstance(primary_item, (str,)):
                    raise TypeError(f"field primary_item: expected string, got {type(primary_item).__name__}")

                primary.append(primary_item)

        transfer_module_schema_data_schema = cls(
            required=required,
            keys=keys,
            primary=primary,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        transfer_module_schema_data_schema.additional_properties = additional_properties
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
