# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_list, read_object, read_value

if TYPE_CHECKING:
    from ..models.modsec_get_rules_data_chunks_item import ModsecGetRulesDataChunksItem


T = TypeVar("T", bound="ModsecGetRulesData")
_new_instance = object.__new__


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
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
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

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _chunks = d.pop("chunks", UNSET)
        if _chunks.__class__ is not list:
            _chunks = read_list(_chunks, "chunks", False)
        chunks: list[ModsecGetRulesDataChunksItem] | Unset = UNSET
        if _chunks is not UNSET:
            chunks = []
            for chunks_item_data in _chunks:
                _chunks_item = chunks_item_data
                if _chunks_item.__class__ is not dict:
                    _chunks_item = read_object(_chunks_item, "chunks_item", True)
                chunks_item = ModsecGetRulesDataChunksItem.from_dict(_chunks_item)

                chunks.append(chunks_item)

        staged_changes = d.pop("staged_changes", UNSET)
        if staged_changes.__class__ is not int:
            staged_changes = read_value(staged_changes, "staged_changes", "integer", False)

        modsec_get_rules_data = _new_instance(cls)
        modsec_get_rules_data.chunks = chunks
        modsec_get_rules_data.staged_changes = staged_changes

        modsec_get_rules_data.additional_properties = dict(d) if d else {}
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
