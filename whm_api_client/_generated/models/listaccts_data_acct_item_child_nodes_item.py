# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_value

T = TypeVar("T", bound="ListacctsDataAcctItemChildNodesItem")
_new_instance = object.__new__


@_attrs_define
class ListacctsDataAcctItemChildNodesItem:
    """
    Attributes:
        alias (str | Unset):
        workload (str | Unset):
    """

    alias: str | Unset = UNSET
    workload: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        alias = self.alias

        workload = self.workload

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if alias is not UNSET:
            field_dict["alias"] = alias
        if workload is not UNSET:
            field_dict["workload"] = workload

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        alias = d.pop("alias", UNSET)
        if alias.__class__ is not str:
            alias = read_value(alias, "alias", "string", False)

        workload = d.pop("workload", UNSET)
        if workload.__class__ is not str:
            workload = read_value(workload, "workload", "string", False)

        listaccts_data_acct_item_child_nodes_item = _new_instance(cls)
        listaccts_data_acct_item_child_nodes_item.alias = alias
        listaccts_data_acct_item_child_nodes_item.workload = workload

        listaccts_data_acct_item_child_nodes_item.additional_properties = dict(d) if d else {}
        return listaccts_data_acct_item_child_nodes_item

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
