# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.modsec_get_rules_data_chunks_item import ModsecGetRulesDataChunksItem


T = TypeVar("T", bound="ModsecGetRulesData")


@_attrs_define
class ModsecGetRulesData:
    """
    Attributes:
        chunks (list[ModsecGetRulesDataChunksItem] | Unset):
        staged_changes (int | Unset):
    """

    chunks: list[ModsecGetRulesDataChunksItem] | Unset = UNSET
    staged_changes: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        chunks: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.chunks, Unset):
            chunks = []
            for chunks_item_data in self.chunks:
                chunks_item = chunks_item_data.to_dict()
                chunks.append(chunks_item)

        staged_changes = self.staged_changes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if chunks is not UNSET:
            field_dict["chunks"] = chunks
        if staged_changes is not UNSET:
            field_dict["staged_changes"] = staged_changes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _chunks = d.pop("chunks", UNSET)
        chunks: list[ModsecGetRulesDataChunksItem] | Unset = UNSET
        if _chunks is not None and not isinstance(_chunks, Unset):  # null reads as UNSET
            if not isinstance(_chunks, list):
                raise TypeError(f"field chunks: expected array, got {type(_chunks).__name__}")
            chunks = []
            for chunks_item_data in _chunks:
                _chunks_item = chunks_item_data
                if not isinstance(_chunks_item, dict):
                    raise TypeError(f"field chunks_item: expected object, got {type(_chunks_item).__name__}")
                chunks_item = ModsecGetRulesDataChunksItem.from_dict(_chunks_item)

                chunks.append(chunks_item)

        staged_changes = d.pop("staged_changes", UNSET)
        if staged_changes is None:
            staged_changes = UNSET
        if not isinstance(staged_changes, (int, Unset)):
            raise TypeError(f"field staged_changes: expected integer, got {type(staged_changes).__name__}")

        modsec_get_rules_data = cls(
            chunks=chunks,
            staged_changes=staged_changes,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        modsec_get_rules_data.additional_properties = additional_properties
        return modsec_get_rules_data

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


from ..models.modsec_get_rules_data_chunks_item import ModsecGetRulesDataChunksItem  # noqa: E402
