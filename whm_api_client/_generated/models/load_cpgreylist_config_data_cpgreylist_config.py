# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_value

T = TypeVar("T", bound="LoadCpgreylistConfigDataCpgreylistConfig")
_new_instance = object.__new__


@_attrs_define
class LoadCpgreylistConfigDataCpgreylistConfig:
    """
    Attributes:
        child_timeout_secs (int | Unset):
        initial_block_time_mins (int | Unset):
        is_enabled (int | Unset):
        is_exim_enabled (int | Unset):
        max_child_procs (int | Unset):
        must_try_time_mins (int | Unset):
        purge_interval_mins (int | Unset):
        record_exp_time_mins (int | Unset):
        spf_bypass (int | Unset):
    """

    child_timeout_secs: int | Unset = UNSET
    initial_block_time_mins: int | Unset = UNSET
    is_enabled: int | Unset = UNSET
    is_exim_enabled: int | Unset = UNSET
    max_child_procs: int | Unset = UNSET
    must_try_time_mins: int | Unset = UNSET
    purge_interval_mins: int | Unset = UNSET
    record_exp_time_mins: int | Unset = UNSET
    spf_bypass: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        child_timeout_secs = self.child_timeout_secs

        initial_block_time_mins = self.initial_block_time_mins

        is_enabled = self.is_enabled

        is_exim_enabled = self.is_exim_enabled

        max_child_procs = self.max_child_procs

        must_try_time_mins = self.must_try_time_mins

        purge_interval_mins = self.purge_interval_mins

        record_exp_time_mins = self.record_exp_time_mins

        spf_bypass = self.spf_bypass

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if child_timeout_secs is not UNSET:
            field_dict["child_timeout_secs"] = child_timeout_secs
        if initial_block_time_mins is not UNSET:
            field_dict["initial_block_time_mins"] = initial_block_time_mins
        if is_enabled is not UNSET:
            field_dict["is_enabled"] = is_enabled
        if is_exim_enabled is not UNSET:
            field_dict["is_exim_enabled"] = is_exim_enabled
        if max_child_procs is not UNSET:
            field_dict["max_child_procs"] = max_child_procs
        if must_try_time_mins is not UNSET:
            field_dict["must_try_time_mins"] = must_try_time_mins
        if purge_interval_mins is not UNSET:
            field_dict["purge_interval_mins"] = purge_interval_mins
        if record_exp_time_mins is not UNSET:
            field_dict["record_exp_time_mins"] = record_exp_time_mins
        if spf_bypass is not UNSET:
            field_dict["spf_bypass"] = spf_bypass

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        child_timeout_secs = d.pop("child_timeout_secs", UNSET)
        if child_timeout_secs.__class__ is not int:
            child_timeout_secs = read_value(child_timeout_secs, "child_timeout_secs", "integer", False)

        initial_block_time_mins = d.pop("initial_block_time_mins", UNSET)
        if initial_block_time_mins.__class__ is not int:
            initial_block_time_mins = read_value(initial_block_time_mins, "initial_block_time_mins", "integer", False)

        is_enabled = d.pop("is_enabled", UNSET)
        if is_enabled.__class__ is not int:
            is_enabled = read_value(is_enabled, "is_enabled", "integer", False)

        is_exim_enabled = d.pop("is_exim_enabled", UNSET)
        if is_exim_enabled.__class__ is not int:
            is_exim_enabled = read_value(is_exim_enabled, "is_exim_enabled", "integer", False)

        max_child_procs = d.pop("max_child_procs", UNSET)
        if max_child_procs.__class__ is not int:
            max_child_procs = read_value(max_child_procs, "max_child_procs", "integer", False)

        must_try_time_mins = d.pop("must_try_time_mins", UNSET)
        if must_try_time_mins.__class__ is not int:
            must_try_time_mins = read_value(must_try_time_mins, "must_try_time_mins", "integer", False)

        purge_interval_mins = d.pop("purge_interval_mins", UNSET)
        if purge_interval_mins.__class__ is not int:
            purge_interval_mins = read_value(purge_interval_mins, "purge_interval_mins", "integer", False)

        record_exp_time_mins = d.pop("record_exp_time_mins", UNSET)
        if record_exp_time_mins.__class__ is not int:
            record_exp_time_mins = read_value(record_exp_time_mins, "record_exp_time_mins", "integer", False)

        spf_bypass = d.pop("spf_bypass", UNSET)
        if spf_bypass.__class__ is not int:
            spf_bypass = read_value(spf_bypass, "spf_bypass", "integer", False)

        load_cpgreylist_config_data_cpgreylist_config = _new_instance(cls)
        load_cpgreylist_config_data_cpgreylist_config.child_timeout_secs = child_timeout_secs
        load_cpgreylist_config_data_cpgreylist_config.initial_block_time_mins = initial_block_time_mins
        load_cpgreylist_config_data_cpgreylist_config.is_enabled = is_enabled
        load_cpgreylist_config_data_cpgreylist_config.is_exim_enabled = is_exim_enabled
        load_cpgreylist_config_data_cpgreylist_config.max_child_procs = max_child_procs
        load_cpgreylist_config_data_cpgreylist_config.must_try_time_mins = must_try_time_mins
        load_cpgreylist_config_data_cpgreylist_config.purge_interval_mins = purge_interval_mins
        load_cpgreylist_config_data_cpgreylist_config.record_exp_time_mins = record_exp_time_mins
        load_cpgreylist_config_data_cpgreylist_config.spf_bypass = spf_bypass

        load_cpgreylist_config_data_cpgreylist_config.additional_properties = dict(d) if d else {}
        return load_cpgreylist_config_data_cpgreylist_config

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
