# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SetCphulkConfigKeyDataCphulkConfig")


@_attrs_define
class SetCphulkConfigKeyDataCphulkConfig:
    """
    Attributes:
        block_brute_force_with_firewall (int | Unset):
        block_excessive_brute_force_with_firewall (int | Unset):
        brute_force_period_mins (int | Unset):
        brute_force_period_sec (int | Unset):
        can_temp_ban_firewall (int | Unset):
        command_to_run_on_brute_force (str | Unset):
        command_to_run_on_excessive_brute_force (str | Unset):
        country_blacklist (str | Unset):
        country_whitelist (str | Unset):
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
    country_blacklist: str | Unset = UNSET
    country_whitelist: str | Unset = UNSET
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
        block_brute_force_with_firewall = self.block_brute_force_with_firewall

        block_excessive_brute_force_with_firewall = self.block_excessive_brute_force_with_firewall

        brute_force_period_mins = self.brute_force_period_mins

        brute_force_period_sec = self.brute_force_period_sec

        can_temp_ban_firewall = self.can_temp_ban_firewall

        command_to_run_on_brute_force = self.command_to_run_on_brute_force

        command_to_run_on_excessive_brute_force = self.command_to_run_on_excessive_brute_force

        country_blacklist = self.country_blacklist

        country_whitelist = self.country_whitelist

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
        if country_blacklist is not UNSET:
            field_dict["country_blacklist"] = country_blacklist
        if country_whitelist is not UNSET:
            field_dict["country_whitelist"] = country_whitelist
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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        block_brute_force_with_firewall = d.pop("block_brute_force_with_firewall", UNSET)
        if block_brute_force_with_firewall is None:
            block_brute_force_with_firewall = UNSET
        if not isinstance(block_brute_force_with_firewall, (int, Unset)):
            raise TypeError(
                f"field block_brute_force_with_firewall: expected integer, got {type(block_brute_force_with_firewall).__name__}"
            )

        block_excessive_brute_force_with_firewall = d.pop("block_excessive_brute_force_with_firewall", UNSET)
        if block_excessive_brute_force_with_firewall is None:
            block_excessive_brute_force_with_firewall = UNSET
        if not isinstance(block_excessive_brute_force_with_firewall, (int, Unset)):
            raise TypeError(
                f"field block_excessive_brute_force_with_firewall: expected integer, got {type(block_excessive_brute_force_with_firewall).__name__}"
            )

        brute_force_period_mins = d.pop("brute_force_period_mins", UNSET)
        if brute_force_period_mins is None:
            brute_force_period_mins = UNSET
        if not isinstance(brute_force_period_mins, (int, Unset)):
            raise TypeError(
                f"field brute_force_period_mins: expected integer, got {type(brute_force_period_mins).__name__}"
            )

        brute_force_period_sec = d.pop("brute_force_period_sec", UNSET)
        if brute_force_period_sec is None:
            brute_force_period_sec = UNSET
        if not isinstance(brute_force_period_sec, (int, Unset)):
            raise TypeError(
                f"field brute_force_period_sec: expected integer, got {type(brute_force_period_sec).__name__}"
            )

        can_temp_ban_firewall = d.pop("can_temp_ban_firewall", UNSET)
        if can_temp_ban_firewall is None:
            can_temp_ban_firewall = UNSET
        if not isinstance(can_temp_ban_firewall, (int, Unset)):
            raise TypeError(
                f"field can_temp_ban_firewall: expected integer, got {type(can_temp_ban_firewall).__name__}"
            )

        command_to_run_on_brute_force = d.pop("command_to_run_on_brute_force", UNSET)
        if command_to_run_on_brute_force is None:
            command_to_run_on_brute_force = UNSET
        if not isinstance(command_to_run_on_brute_force, (str, Unset)):
            raise TypeError(
                f"field command_to_run_on_brute_force: expected string, got {type(command_to_run_on_brute_force).__name__}"
            )

        command_to_run_on_excessive_brute_force = d.pop("command_to_run_on_excessive_brute_force", UNSET)
        if command_to_run_on_excessive_brute_force is None:
            command_to_run_on_excessive_brute_force = UNSET
        if not isinstance(command_to_run_on_excessive_brute_force, (str, Unset)):
            raise TypeError(
                f"field command_to_run_on_excessive_brute_force: expected string, got {type(command_to_run_on_excessive_brute_force).__name__}"
            )

        country_blacklist = d.pop("country_blacklist", UNSET)
        if country_blacklist is None:
            country_blacklist = UNSET
        if not isinstance(country_blacklist, (str, Unset)):
            raise TypeError(f"field country_blacklist: expected string, got {type(country_blacklist).__name__}")

        country_whitelist = d.pop("country_whitelist", UNSET)
        if country_whitelist is None:
            country_whitelist = UNSET
        if not isinstance(country_whitelist, (str, Unset)):
            raise TypeError(f"field country_whitelist: expected string, got {type(country_whitelist).__name__}")

        ip_based_protection = d.pop("ip_based_protection", UNSET)
        if ip_based_protection is None:
            ip_based_protection = UNSET
        if not isinstance(ip_based_protection, (int, Unset)):
            raise TypeError(f"field ip_based_protection: expected integer, got {type(ip_based_protection).__name__}")

        ip_brute_force_period_mins = d.pop("ip_brute_force_period_mins", UNSET)
        if ip_brute_force_period_mins is None:
            ip_brute_force_period_mins = UNSET
        if not isinstance(ip_brute_force_period_mins, (int, Unset)):
            raise TypeError(
                f"field ip_brute_force_period_mins: expected integer, got {type(ip_brute_force_period_mins).__name__}"
            )

        ip_brute_force_period_sec = d.pop("ip_brute_force_period_sec", UNSET)
        if ip_brute_force_period_sec is None:
            ip_brute_force_period_sec = UNSET
        if not isinstance(ip_brute_force_period_sec, (int, Unset)):
            raise TypeError(
                f"field ip_brute_force_period_sec: expected integer, got {type(ip_brute_force_period_sec).__name__}"
            )

        is_enabled = d.pop("is_enabled", UNSET)
        if is_enabled is None:
            is_enabled = UNSET
        if not isinstance(is_enabled, (int, Unset)):
            raise TypeError(f"field is_enabled: expected integer, got {type(is_enabled).__name__}")

        lookback_period_min = d.pop("lookback_period_min", UNSET)
        if lookback_period_min is None:
            lookback_period_min = UNSET
        if not isinstance(lookback_period_min, (int, Unset)):
            raise TypeError(f"field lookback_period_min: expected integer, got {type(lookback_period_min).__name__}")

        lookback_time = d.pop("lookback_time", UNSET)
        if lookback_time is None:
            lookback_time = UNSET
        if not isinstance(lookback_time, (int, Unset)):
            raise TypeError(f"field lookback_time: expected integer, got {type(lookback_time).__name__}")

        mark_as_brute = d.pop("mark_as_brute", UNSET)
        if mark_as_brute is None:
            mark_as_brute = UNSET
        if not isinstance(mark_as_brute, (int, Unset)):
            raise TypeError(f"field mark_as_brute: expected integer, got {type(mark_as_brute).__name__}")

        max_failures = d.pop("max_failures", UNSET)
        if max_failures is None:
            max_failures = UNSET
        if not isinstance(max_failures, (int, Unset)):
            raise TypeError(f"field max_failures: expected integer, got {type(max_failures).__name__}")

        max_failures_byip = d.pop("max_failures_byip", UNSET)
        if max_failures_byip is None:
            max_failures_byip = UNSET
        if not isinstance(max_failures_byip, (int, Unset)):
            raise TypeError(f"field max_failures_byip: expected integer, got {type(max_failures_byip).__name__}")

        notify_on_brute = d.pop("notify_on_brute", UNSET)
        if notify_on_brute is None:
            notify_on_brute = UNSET
        if not isinstance(notify_on_brute, (int, Unset)):
            raise TypeError(f"field notify_on_brute: expected integer, got {type(notify_on_brute).__name__}")

        notify_on_root_login = d.pop("notify_on_root_login", UNSET)
        if notify_on_root_login is None:
            notify_on_root_login = UNSET
        if not isinstance(notify_on_root_login, (int, Unset)):
            raise TypeError(f"field notify_on_root_login: expected integer, got {type(notify_on_root_login).__name__}")

        notify_on_root_login_for_known_netblock = d.pop("notify_on_root_login_for_known_netblock", UNSET)
        if notify_on_root_login_for_known_netblock is None:
            notify_on_root_login_for_known_netblock = UNSET
        if not isinstance(notify_on_root_login_for_known_netblock, (int, Unset)):
            raise TypeError(
                f"field notify_on_root_login_for_known_netblock: expected integer, got {type(notify_on_root_login_for_known_netblock).__name__}"
            )

        username_based_protection = d.pop("username_based_protection", UNSET)
        if username_based_protection is None:
            username_based_protection = UNSET
        if not isinstance(username_based_protection, (int, Unset)):
            raise TypeError(
                f"field username_based_protection: expected integer, got {type(username_based_protection).__name__}"
            )

        username_based_protection_for_root = d.pop("username_based_protection_for_root", UNSET)
        if username_based_protection_for_root is None:
            username_based_protection_for_root = UNSET
        if not isinstance(username_based_protection_for_root, (int, Unset)):
            raise TypeError(
                f"field username_based_protection_for_root: expected integer, got {type(username_based_protection_for_root).__name__}"
            )

        username_based_protection_local_origin = d.pop("username_based_protection_local_origin", UNSET)
        if username_based_protection_local_origin is None:
            username_based_protection_local_origin = UNSET
        if not isinstance(username_based_protection_local_origin, (int, Unset)):
            raise TypeError(
                f"field username_based_protection_local_origin: expected integer, got {type(username_based_protection_local_origin).__name__}"
            )

        set_cphulk_config_key_data_cphulk_config = cls(
            block_brute_force_with_firewall=block_brute_force_with_firewall,
            block_excessive_brute_force_with_firewall=block_excessive_brute_force_with_firewall,
            brute_force_period_mins=brute_force_period_mins,
            brute_force_period_sec=brute_force_period_sec,
            can_temp_ban_firewall=can_temp_ban_firewall,
            command_to_run_on_brute_force=command_to_run_on_brute_force,
            command_to_run_on_excessive_brute_force=command_to_run_on_excessive_brute_force,
            country_blacklist=country_blacklist,
            country_whitelist=country_whitelist,
            ip_based_protection=ip_based_protection,
            ip_brute_force_period_mins=ip_brute_force_period_mins,
            ip_brute_force_period_sec=ip_brute_force_period_sec,
            is_enabled=is_enabled,
            lookback_period_min=lookback_period_min,
            lookback_time=lookback_time,
            mark_as_brute=mark_as_brute,
            max_failures=max_failures,
            max_failures_byip=max_failures_byip,
            notify_on_brute=notify_on_brute,
            notify_on_root_login=notify_on_root_login,
            notify_on_root_login_for_known_netblock=notify_on_root_login_for_known_netblock,
            username_based_protection=username_based_protection,
            username_based_protection_for_root=username_based_protection_for_root,
            username_based_protection_local_origin=username_based_protection_local_origin,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        set_cphulk_config_key_data_cphulk_config.additional_properties = additional_properties
        return set_cphulk_config_key_data_cphulk_config

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
