# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
"""``save_cphulk_config``: its arguments on the wire and its typed result."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...models.save_cphulk_config_data import SaveCphulkConfigData
from ...types import UNSET, Unset, read_object

if TYPE_CHECKING:  # argument types only annotate; they aren't needed to run
    from ...models.save_cphulk_config_block_brute_force_with_firewall import SaveCphulkConfigBlockBruteForceWithFirewall
    from ...models.save_cphulk_config_block_excessive_brute_force_with_firewall import (
        SaveCphulkConfigBlockExcessiveBruteForceWithFirewall,
    )
    from ...models.save_cphulk_config_ip_based_protection import (
        SaveCphulkConfigIpBasedProtection,
    )
    from ...models.save_cphulk_config_notify_on_brute import (
        SaveCphulkConfigNotifyOnBrute,
    )
    from ...models.save_cphulk_config_notify_on_root_login import (
        SaveCphulkConfigNotifyOnRootLogin,
    )
    from ...models.save_cphulk_config_notify_on_root_login_for_known_netblock import (
        SaveCphulkConfigNotifyOnRootLoginForKnownNetblock,
    )
    from ...models.save_cphulk_config_skip_enabled_check import (
        SaveCphulkConfigSkipEnabledCheck,
    )
    from ...models.save_cphulk_config_username_based_protection import (
        SaveCphulkConfigUsernameBasedProtection,
    )
    from ...models.save_cphulk_config_username_based_protection_for_root import (
        SaveCphulkConfigUsernameBasedProtectionForRoot,
    )
    from ...models.save_cphulk_config_username_based_protection_local_origin import (
        SaveCphulkConfigUsernameBasedProtectionLocalOrigin,
    )
    from ...types import UNSET, Unset

    pass

FUNCTION = "save_cphulk_config"
# Served at json-api/NAMESPACE/FUNCTION when set.
NAMESPACE: str | None = None
HTTP_METHOD = "GET"
# How the arguments travel: "query" string, "form" body, or "json" object body.
BODY = "query"
READ_ONLY = False
SINCE_VERSION: str | None = "11.48"
DOCS_URL = "https://api.docs.cpanel.net/specifications/whm.openapi/settings/cphulk-save_cphulk_config.md"
# WHM argument name -> (Python keyword, Python type, required)
ARGUMENTS: dict[str, tuple[str, str, bool]] = {
    "block_brute_force_with_firewall": (
        "block_brute_force_with_firewall",
        "SaveCphulkConfigBlockBruteForceWithFirewall",
        False,
    ),
    "block_excessive_brute_force_with_firewall": (
        "block_excessive_brute_force_with_firewall",
        "SaveCphulkConfigBlockExcessiveBruteForceWithFirewall",
        False,
    ),
    "brute_force_period_mins": ("brute_force_period_mins", "int", False),
    "command_to_run_on_brute_force": ("command_to_run_on_brute_force", "str", False),
    "command_to_run_on_excessive_brute_force": ("command_to_run_on_excessive_brute_force", "str", False),
    "ip_based_protection": ("ip_based_protection", "SaveCphulkConfigIpBasedProtection", False),
    "ip_brute_force_period_mins": ("ip_brute_force_period_mins", "int", False),
    "lookback_period_min": ("lookback_period_min", "int", False),
    "mark_as_brute": ("mark_as_brute", "int", False),
    "max_failures": ("max_failures", "int", False),
    "max_failures_byip": ("max_failures_byip", "int", False),
    "notify_on_brute": ("notify_on_brute", "SaveCphulkConfigNotifyOnBrute", False),
    "notify_on_root_login": ("notify_on_root_login", "SaveCphulkConfigNotifyOnRootLogin", False),
    "notify_on_root_login_for_known_netblock": (
        "notify_on_root_login_for_known_netblock",
        "SaveCphulkConfigNotifyOnRootLoginForKnownNetblock",
        False,
    ),
    "skip_enabled_check": ("skip_enabled_check", "SaveCphulkConfigSkipEnabledCheck", False),
    "username_based_protection": ("username_based_protection", "SaveCphulkConfigUsernameBasedProtection", False),
    "username_based_protection_for_root": (
        "username_based_protection_for_root",
        "SaveCphulkConfigUsernameBasedProtectionForRoot",
        False,
    ),
    "username_based_protection_local_origin": (
        "username_based_protection_local_origin",
        "SaveCphulkConfigUsernameBasedProtectionLocalOrigin",
        False,
    ),
}


def build_arguments(
    *,
    block_brute_force_with_firewall: SaveCphulkConfigBlockBruteForceWithFirewall | Unset = UNSET,
    block_excessive_brute_force_with_firewall: SaveCphulkConfigBlockExcessiveBruteForceWithFirewall | Unset = UNSET,
    brute_force_period_mins: int | Unset = UNSET,
    command_to_run_on_brute_force: str | Unset = UNSET,
    command_to_run_on_excessive_brute_force: str | Unset = UNSET,
    ip_based_protection: SaveCphulkConfigIpBasedProtection | Unset = UNSET,
    ip_brute_force_period_mins: int | Unset = UNSET,
    lookback_period_min: int | Unset = UNSET,
    mark_as_brute: int | Unset = UNSET,
    max_failures: int | Unset = UNSET,
    max_failures_byip: int | Unset = UNSET,
    notify_on_brute: SaveCphulkConfigNotifyOnBrute | Unset = UNSET,
    notify_on_root_login: SaveCphulkConfigNotifyOnRootLogin | Unset = UNSET,
    notify_on_root_login_for_known_netblock: SaveCphulkConfigNotifyOnRootLoginForKnownNetblock | Unset = UNSET,
    skip_enabled_check: SaveCphulkConfigSkipEnabledCheck | Unset = UNSET,
    username_based_protection: SaveCphulkConfigUsernameBasedProtection | Unset = UNSET,
    username_based_protection_for_root: SaveCphulkConfigUsernameBasedProtectionForRoot | Unset = UNSET,
    username_based_protection_local_origin: SaveCphulkConfigUsernameBasedProtectionLocalOrigin | Unset = UNSET,
) -> dict[str, Any]:
    """The caller's arguments keyed by their WHM names; unset ones are left out."""
    arguments: dict[str, Any] = {}
    json_block_brute_force_with_firewall: int | Unset = UNSET
    if not isinstance(block_brute_force_with_firewall, Unset):
        json_block_brute_force_with_firewall = block_brute_force_with_firewall

    arguments["block_brute_force_with_firewall"] = json_block_brute_force_with_firewall
    json_block_excessive_brute_force_with_firewall: int | Unset = UNSET
    if not isinstance(block_excessive_brute_force_with_firewall, Unset):
        json_block_excessive_brute_force_with_firewall = block_excessive_brute_force_with_firewall

    arguments["block_excessive_brute_force_with_firewall"] = json_block_excessive_brute_force_with_firewall
    arguments["brute_force_period_mins"] = brute_force_period_mins
    arguments["command_to_run_on_brute_force"] = command_to_run_on_brute_force
    arguments["command_to_run_on_excessive_brute_force"] = command_to_run_on_excessive_brute_force
    json_ip_based_protection: int | Unset = UNSET
    if not isinstance(ip_based_protection, Unset):
        json_ip_based_protection = ip_based_protection

    arguments["ip_based_protection"] = json_ip_based_protection
    arguments["ip_brute_force_period_mins"] = ip_brute_force_period_mins
    arguments["lookback_period_min"] = lookback_period_min
    arguments["mark_as_brute"] = mark_as_brute
    arguments["max_failures"] = max_failures
    arguments["max_failures_byip"] = max_failures_byip
    json_notify_on_brute: int | Unset = UNSET
    if not isinstance(notify_on_brute, Unset):
        json_notify_on_brute = notify_on_brute

    arguments["notify_on_brute"] = json_notify_on_brute
    json_notify_on_root_login: int | Unset = UNSET
    if not isinstance(notify_on_root_login, Unset):
        json_notify_on_root_login = notify_on_root_login

    arguments["notify_on_root_login"] = json_notify_on_root_login
    json_notify_on_root_login_for_known_netblock: int | Unset = UNSET
    if not isinstance(notify_on_root_login_for_known_netblock, Unset):
        json_notify_on_root_login_for_known_netblock = notify_on_root_login_for_known_netblock

    arguments["notify_on_root_login_for_known_netblock"] = json_notify_on_root_login_for_known_netblock
    json_skip_enabled_check: int | Unset = UNSET
    if not isinstance(skip_enabled_check, Unset):
        json_skip_enabled_check = skip_enabled_check

    arguments["skip_enabled_check"] = json_skip_enabled_check
    json_username_based_protection: int | Unset = UNSET
    if not isinstance(username_based_protection, Unset):
        json_username_based_protection = username_based_protection

    arguments["username_based_protection"] = json_username_based_protection
    json_username_based_protection_for_root: int | Unset = UNSET
    if not isinstance(username_based_protection_for_root, Unset):
        json_username_based_protection_for_root = username_based_protection_for_root

    arguments["username_based_protection_for_root"] = json_username_based_protection_for_root
    json_username_based_protection_local_origin: int | Unset = UNSET
    if not isinstance(username_based_protection_local_origin, Unset):
        json_username_based_protection_local_origin = username_based_protection_local_origin

    arguments["username_based_protection_local_origin"] = json_username_based_protection_local_origin

    return {key: value for key, value in arguments.items() if value is not UNSET}


def parse_data(data: Any) -> SaveCphulkConfigData:
    """Build the typed result from the reply's ``data``.

    Raises TypeError, ValueError or KeyError when ``data`` doesn't fit the spec.
    """
    _data = data
    if _data.__class__ is not dict:
        _data = read_object(_data, "data", True)
    data = SaveCphulkConfigData.from_dict(_data)

    return data
