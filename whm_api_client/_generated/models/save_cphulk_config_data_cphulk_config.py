# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_value

T = TypeVar("T", bound="SaveCphulkConfigDataCphulkConfig")
_new_instance = object.__new__


@_attrs_define
class SaveCphulkConfigDataCphulkConfig:
    """
    Attributes:
        block_brute_force_with_firewall (int | Unset):
        block_excessive_brute_force_with_firewall (int | Unset):
        brute_force_period_mins (int | Unset):
        brute_force_period_sec (int | Unset):
        can_temp_ban_firewall (int | Unset):
        command_to_run_on_brute_force (str | Unset):
        command_to_run_on_excessive_brute_force (str | Unset):
        ip_based_protection (int | Unset):
        ip_brute_force_period_mins (int | Unset):
        ip_brute_force_period_sec (int | Unset):
        is_enabled (int | Unset):
        lookback_period_min (int | Unset):
        lookback_time (int | Unset):
        mark_as_brute (int | Unset):
        max_failures (int | Unset):
        max_failures_byip (int | Unset):
        notify_on_brute (int | Unset):
        notify_on_root_login (int | Unset):
        notify_on_root_login_for_known_netblock (int | Unset):
        username_based_protection (int | Unset):
        username_based_protection_for_root (int | Unset):
        username_based_protection_local_origin (int | Unset):
    """

    block_brute_force_with_firewall: int | Unset = UNSET
    block_excessive_brute_force_with_firewall: int | Unset = UNSET
    brute_force_period_mins: int | Unset = UNSET
    brute_force_period_sec: int | Unset = UNSET
    can_temp_ban_firewall: int | Unset = UNSET
    command_to_run_on_brute_force: str | Unset = UNSET
    command_to_run_on_excessive_brute_force: str | Unset = UNSET
    ip_based_protection: int | Unset = UNSET
    ip_brute_force_period_mins: int | Unset = UNSET
    ip_brute_force_period_sec: int | Unset = UNSET
    is_enabled: int | Unset = UNSET
    lookback_period_min: int | Unset = UNSET
    lookback_time: int | Unset = UNSET
    mark_as_brute: int | Unset = UNSET
    max_failures: int | Unset = UNSET
    max_failures_byip: int | Unset = UNSET
    notify_on_brute: int | Unset = UNSET
    notify_on_root_login: int | Unset = UNSET
    notify_on_root_login_for_known_netblock: int | Unset = UNSET
    username_based_protection: int | Unset = UNSET
    username_based_protection_for_root: int | Unset = UNSET
    username_based_protection_local_origin: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data under WHM's field names; UNSET fields left out, unknown ones kept."""
        block_brute_force_with_firewall = self.block_brute_force_with_firewall

        block_excessive_brute_force_with_firewall = self.block_excessive_brute_force_with_firewall

        brute_force_period_mins = self.brute_force_period_mins

        brute_force_period_sec = self.brute_force_period_sec

        can_temp_ban_firewall = self.can_temp_ban_firewall

        command_to_run_on_brute_force = self.command_to_run_on_brute_force

        command_to_run_on_excessive_brute_force = self.command_to_run_on_excessive_brute_force

        ip_based_protection = self.ip_based_protection

        ip_brute_force_period_mins = self.ip_brute_force_period_mins

        ip_brute_force_period_sec = self.ip_brute_force_period_sec

        is_enabled = self.is_enabled

        lookback_period_min = self.lookback_period_min

        lookback_time = self.lookback_time

        mark_as_brute = self.mark_as_brute

        max_failures = self.max_failures

        max_failures_byip = self.max_failures_byip

        notify_on_brute = self.notify_on_brute

        notify_on_root_login = self.notify_on_root_login

        notify_on_root_login_for_known_netblock = self.notify_on_root_login_for_known_netblock

        username_based_protection = self.username_based_protection

        username_based_protection_for_root = self.username_based_protection_for_root

        username_based_protection_local_origin = self.username_based_protection_local_origin

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if block_brute_force_with_firewall is not UNSET:
            field_dict["block_brute_force_with_firewall"] = block_brute_force_with_firewall
        if block_excessive_brute_force_with_firewall is not UNSET:
            field_dict["block_excessive_brute_force_with_firewall"] = block_excessive_brute_force_with_firewall
        if brute_force_period_mins is not UNSET:
            field_dict["brute_force_period_mins"] = brute_force_period_mins
        if brute_force_period_sec is not UNSET:
            field_dict["brute_force_period_sec"] = brute_force_period_sec
        if can_temp_ban_firewall is not UNSET:
            field_dict["can_temp_ban_firewall"] = can_temp_ban_firewall
        if command_to_run_on_brute_force is not UNSET:
            field_dict["command_to_run_on_brute_force"] = command_to_run_on_brute_force
        if command_to_run_on_excessive_brute_force is not UNSET:
            field_dict["command_to_run_on_excessive_brute_force"] = command_to_run_on_excessive_brute_force
        if ip_based_protection is not UNSET:
            field_dict["ip_based_protection"] = ip_based_protection
        if ip_brute_force_period_mins is not UNSET:
            field_dict["ip_brute_force_period_mins"] = ip_brute_force_period_mins
        if ip_brute_force_period_sec is not UNSET:
            field_dict["ip_brute_force_period_sec"] = ip_brute_force_period_sec
        if is_enabled is not UNSET:
            field_dict["is_enabled"] = is_enabled
        if lookback_period_min is not UNSET:
            field_dict["lookback_period_min"] = lookback_period_min
        if lookback_time is not UNSET:
            field_dict["lookback_time"] = lookback_time
        if mark_as_brute is not UNSET:
            field_dict["mark_as_brute"] = mark_as_brute
        if max_failures is not UNSET:
            field_dict["max_failures"] = max_failures
        if max_failures_byip is not UNSET:
            field_dict["max_failures_byip"] = max_failures_byip
        if notify_on_brute is not UNSET:
            field_dict["notify_on_brute"] = notify_on_brute
        if notify_on_root_login is not UNSET:
            field_dict["notify_on_root_login"] = notify_on_root_login
        if notify_on_root_login_for_known_netblock is not UNSET:
            field_dict["notify_on_root_login_for_known_netblock"] = notify_on_root_login_for_known_netblock
        if username_based_protection is not UNSET:
            field_dict["username_based_protection"] = username_based_protection
        if username_based_protection_for_root is not UNSET:
            field_dict["username_based_protection_for_root"] = username_based_protection_for_root
        if username_based_protection_local_origin is not UNSET:
            field_dict["username_based_protection_local_origin"] = username_based_protection_local_origin

        return field_dict

    def to_json(self, **kwargs: Any) -> str:
        """``json.dumps(self.to_dict(), **kwargs)``: this model as JSON text."""
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        block_brute_force_with_firewall = d.pop("block_brute_force_with_firewall", UNSET)
        if block_brute_force_with_firewall.__class__ is not int:
            block_brute_force_with_firewall = read_value(
                block_brute_force_with_firewall, "block_brute_force_with_firewall", "integer", False
            )

        block_excessive_brute_force_with_firewall = d.pop("block_excessive_brute_force_with_firewall", UNSET)
        if block_excessive_brute_force_with_firewall.__class__ is not int:
            block_excessive_brute_force_with_firewall = read_value(
                block_excessive_brute_force_with_firewall, "block_excessive_brute_force_with_firewall", "integer", False
            )

        brute_force_period_mins = d.pop("brute_force_period_mins", UNSET)
        if brute_force_period_mins.__class__ is not int:
            brute_force_period_mins = read_value(brute_force_period_mins, "brute_force_period_mins", "integer", False)

        brute_force_period_sec = d.pop("brute_force_period_sec", UNSET)
        if brute_force_period_sec.__class__ is not int:
            brute_force_period_sec = read_value(brute_force_period_sec, "brute_force_period_sec", "integer", False)

        can_temp_ban_firewall = d.pop("can_temp_ban_firewall", UNSET)
        if can_temp_ban_firewall.__class__ is not int:
            can_temp_ban_firewall = read_value(can_temp_ban_firewall, "can_temp_ban_firewall", "integer", False)

        command_to_run_on_brute_force = d.pop("command_to_run_on_brute_force", UNSET)
        if command_to_run_on_brute_force.__class__ is not str:
            command_to_run_on_brute_force = read_value(
                command_to_run_on_brute_force, "command_to_run_on_brute_force", "string", False
            )

        command_to_run_on_excessive_brute_force = d.pop("command_to_run_on_excessive_brute_force", UNSET)
        if command_to_run_on_excessive_brute_force.__class__ is not str:
            command_to_run_on_excessive_brute_force = read_value(
                command_to_run_on_excessive_brute_force, "command_to_run_on_excessive_brute_force", "string", False
            )

        ip_based_protection = d.pop("ip_based_protection", UNSET)
        if ip_based_protection.__class__ is not int:
            ip_based_protection = read_value(ip_based_protection, "ip_based_protection", "integer", False)

        ip_brute_force_period_mins = d.pop("ip_brute_force_period_mins", UNSET)
        if ip_brute_force_period_mins.__class__ is not int:
            ip_brute_force_period_mins = read_value(
                ip_brute_force_period_mins, "ip_brute_force_period_mins", "integer", False
            )

        ip_brute_force_period_sec = d.pop("ip_brute_force_period_sec", UNSET)
        if ip_brute_force_period_sec.__class__ is not int:
            ip_brute_force_period_sec = read_value(
                ip_brute_force_period_sec, "ip_brute_force_period_sec", "integer", False
            )

        is_enabled = d.pop("is_enabled", UNSET)
        if is_enabled.__class__ is not int:
            is_enabled = read_value(is_enabled, "is_enabled", "integer", False)

        lookback_period_min = d.pop("lookback_period_min", UNSET)
        if lookback_period_min.__class__ is not int:
            lookback_period_min = read_value(lookback_period_min, "lookback_period_min", "integer", False)

        lookback_time = d.pop("lookback_time", UNSET)
        if lookback_time.__class__ is not int:
            lookback_time = read_value(lookback_time, "lookback_time", "integer", False)

        mark_as_brute = d.pop("mark_as_brute", UNSET)
        if mark_as_brute.__class__ is not int:
            mark_as_brute = read_value(mark_as_brute, "mark_as_brute", "integer", False)

        max_failures = d.pop("max_failures", UNSET)
        if max_failures.__class__ is not int:
            max_failures = read_value(max_failures, "max_failures", "integer", False)

        max_failures_byip = d.pop("max_failures_byip", UNSET)
        if max_failures_byip.__class__ is not int:
            max_failures_byip = read_value(max_failures_byip, "max_failures_byip", "integer", False)

        notify_on_brute = d.pop("notify_on_brute", UNSET)
        if notify_on_brute.__class__ is not int:
            notify_on_brute = read_value(notify_on_brute, "notify_on_brute", "integer", False)

        notify_on_root_login = d.pop("notify_on_root_login", UNSET)
        if notify_on_root_login.__class__ is not int:
            notify_on_root_login = read_value(notify_on_root_login, "notify_on_root_login", "integer", False)

        notify_on_root_login_for_known_netblock = d.pop("notify_on_root_login_for_known_netblock", UNSET)
        if notify_on_root_login_for_known_netblock.__class__ is not int:
            notify_on_root_login_for_known_netblock = read_value(
                notify_on_root_login_for_known_netblock, "notify_on_root_login_for_known_netblock", "integer", False
            )

        username_based_protection = d.pop("username_based_protection", UNSET)
        if username_based_protection.__class__ is not int:
            username_based_protection = read_value(
                username_based_protection, "username_based_protection", "integer", False
            )

        username_based_protection_for_root = d.pop("username_based_protection_for_root", UNSET)
        if username_based_protection_for_root.__class__ is not int:
            username_based_protection_for_root = read_value(
                username_based_protection_for_root, "username_based_protection_for_root", "integer", False
            )

        username_based_protection_local_origin = d.pop("username_based_protection_local_origin", UNSET)
        if username_based_protection_local_origin.__class__ is not int:
            username_based_protection_local_origin = read_value(
                username_based_protection_local_origin, "username_based_protection_local_origin", "integer", False
            )

        save_cphulk_config_data_cphulk_config = _new_instance(cls)
        save_cphulk_config_data_cphulk_config.block_brute_force_with_firewall = block_brute_force_with_firewall
        save_cphulk_config_data_cphulk_config.block_excessive_brute_force_with_firewall = (
            block_excessive_brute_force_with_firewall
        )
        save_cphulk_config_data_cphulk_config.brute_force_period_mins = brute_force_period_mins
        save_cphulk_config_data_cphulk_config.brute_force_period_sec = brute_force_period_sec
        save_cphulk_config_data_cphulk_config.can_temp_ban_firewall = can_temp_ban_firewall
        save_cphulk_config_data_cphulk_config.command_to_run_on_brute_force = command_to_run_on_brute_force
        save_cphulk_config_data_cphulk_config.command_to_run_on_excessive_brute_force = (
            command_to_run_on_excessive_brute_force
        )
        save_cphulk_config_data_cphulk_config.ip_based_protection = ip_based_protection
        save_cphulk_config_data_cphulk_config.ip_brute_force_period_mins = ip_brute_force_period_mins
        save_cphulk_config_data_cphulk_config.ip_brute_force_period_sec = ip_brute_force_period_sec
        save_cphulk_config_data_cphulk_config.is_enabled = is_enabled
        save_cphulk_config_data_cphulk_config.lookback_period_min = lookback_period_min
        save_cphulk_config_data_cphulk_config.lookback_time = lookback_time
        save_cphulk_config_data_cphulk_config.mark_as_brute = mark_as_brute
        save_cphulk_config_data_cphulk_config.max_failures = max_failures
        save_cphulk_config_data_cphulk_config.max_failures_byip = max_failures_byip
        save_cphulk_config_data_cphulk_config.notify_on_brute = notify_on_brute
        save_cphulk_config_data_cphulk_config.notify_on_root_login = notify_on_root_login
        save_cphulk_config_data_cphulk_config.notify_on_root_login_for_known_netblock = (
            notify_on_root_login_for_known_netblock
        )
        save_cphulk_config_data_cphulk_config.username_based_protection = username_based_protection
        save_cphulk_config_data_cphulk_config.username_based_protection_for_root = username_based_protection_for_root
        save_cphulk_config_data_cphulk_config.username_based_protection_local_origin = (
            username_based_protection_local_origin
        )

        save_cphulk_config_data_cphulk_config.additional_properties = dict(d) if d else {}
        return save_cphulk_config_data_cphulk_config

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
