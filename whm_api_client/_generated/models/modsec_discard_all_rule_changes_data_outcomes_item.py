# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_value

T = TypeVar("T", bound="ModsecDiscardAllRuleChangesDataOutcomesItem")
_new_instance = object.__new__


@_attrs_define
class ModsecDiscardAllRuleChangesDataOutcomesItem:
    """
    Attributes:
        config (str | Unset):
        exception (str | Unset):
        ok (int | Unset):
    """

    config: str | Unset = UNSET
    exception: str | Unset = UNSET
    ok: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        config = self.config

        exception = self.exception

        ok = self.ok

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if config is not UNSET:
            field_dict["config"] = config
        if exception is not UNSET:
            field_dict["exception"] = exception
        if ok is not UNSET:
            field_dict["ok"] = ok

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        config = d.pop("config", UNSET)
        if config.__class__ is not str:
            config = read_value(config, "config", "string", False)

        exception = d.pop("exception", UNSET)
        if exception.__class__ is not str:
            exception = read_value(exception, "exception", "string", False)

        ok = d.pop("ok", UNSET)
        if ok.__class__ is not int:
            ok = read_value(ok, "ok", "integer", False)

        modsec_discard_all_rule_changes_data_outcomes_item = _new_instance(cls)
        modsec_discard_all_rule_changes_data_outcomes_item.config = config
        modsec_discard_all_rule_changes_data_outcomes_item.exception = exception
        modsec_discard_all_rule_changes_data_outcomes_item.ok = ok

        modsec_discard_all_rule_changes_data_outcomes_item.additional_properties = dict(d) if d else {}
        return modsec_discard_all_rule_changes_data_outcomes_item

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
