# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ImportZoneKeyData")


@_attrs_define
class ImportZoneKeyData:
    """
    Attributes:
        import_key_id (int | Unset):
    """

    import_key_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        import_key_id = self.import_key_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if import_key_id is not UNSET:
            field_dict["import_key_id"] = import_key_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        import_key_id = d.pop("import_key_id", UNSET)
        if import_key_id is None:
            import_key_id = UNSET
        if not isinstance(import_key_id, (int, Unset)):
            raise TypeError(f"field import_key_id: expected integer, got {type(import_key_id).__name__}")

        import_zone_key_data = cls(
            import_key_id=import_key_id,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        import_zone_key_data.additional_properties = additional_properties
        return import_zone_key_data

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
