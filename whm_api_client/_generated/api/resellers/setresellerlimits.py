# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
"""``setresellerlimits``: its arguments on the wire and its typed result."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...types import UNSET, Unset

if TYPE_CHECKING:  # argument types only annotate; they aren't needed to run
    from ...models.setresellerlimits_enable_account_limit import (
        SetresellerlimitsEnableAccountLimit,
    )
    from ...models.setresellerlimits_enable_overselling import (
        SetresellerlimitsEnableOverselling,
    )
    from ...models.setresellerlimits_enable_overselling_bandwidth import (
        SetresellerlimitsEnableOversellingBandwidth,
    )
    from ...models.setresellerlimits_enable_overselling_diskspace import (
        SetresellerlimitsEnableOversellingDiskspace,
    )
    from ...models.setresellerlimits_enable_package_limit_numbers import (
        SetresellerlimitsEnablePackageLimitNumbers,
    )
    from ...models.setresellerlimits_enable_package_limits import (
        SetresellerlimitsEnablePackageLimits,
    )
    from ...models.setresellerlimits_enable_resource_limits import (
        SetresellerlimitsEnableResourceLimits,
    )
    from ...types import UNSET, Unset

    pass

FUNCTION = "setresellerlimits"
# Served at json-api/NAMESPACE/FUNCTION when set.
NAMESPACE: str | None = None
HTTP_METHOD = "GET"
# How the arguments travel: "query" string, "form" body, or "json" object body.
BODY = "query"
READ_ONLY = False
SINCE_VERSION: str | None = "11"
DOCS_URL = "https://api.docs.cpanel.net/specifications/whm.openapi/account-limits/resellers-setresellerlimits.md"
# WHM argument name -> (Python keyword, Python type, required)
ARGUMENTS: dict[str, tuple[str, str, bool]] = {
    "user": ("user", "str", True),
    "account_limit": ("account_limit", "int", False),
    "bandwidth_limit": ("bandwidth_limit", "int", False),
    "diskspace_limit": ("diskspace_limit", "int", False),
    "enable_account_limit": ("enable_account_limit", "SetresellerlimitsEnableAccountLimit", False),
    "enable_overselling": ("enable_overselling", "SetresellerlimitsEnableOverselling", False),
    "enable_overselling_bandwidth": (
        "enable_overselling_bandwidth",
        "SetresellerlimitsEnableOversellingBandwidth",
        False,
    ),
    "enable_overselling_diskspace": (
        "enable_overselling_diskspace",
        "SetresellerlimitsEnableOversellingDiskspace",
        False,
    ),
    "enable_package_limit_numbers": (
        "enable_package_limit_numbers",
        "SetresellerlimitsEnablePackageLimitNumbers",
        False,
    ),
    "enable_package_limits": ("enable_package_limits", "SetresellerlimitsEnablePackageLimits", False),
    "enable_resource_limits": ("enable_resource_limits", "SetresellerlimitsEnableResourceLimits", False),
}


def build_arguments(
    *,
    user: str,
    account_limit: int | Unset = UNSET,
    bandwidth_limit: int | Unset = UNSET,
    diskspace_limit: int | Unset = UNSET,
    enable_account_limit: SetresellerlimitsEnableAccountLimit | Unset = UNSET,
    enable_overselling: SetresellerlimitsEnableOverselling | Unset = UNSET,
    enable_overselling_bandwidth: SetresellerlimitsEnableOversellingBandwidth | Unset = UNSET,
    enable_overselling_diskspace: SetresellerlimitsEnableOversellingDiskspace | Unset = UNSET,
    enable_package_limit_numbers: SetresellerlimitsEnablePackageLimitNumbers | Unset = UNSET,
    enable_package_limits: SetresellerlimitsEnablePackageLimits | Unset = UNSET,
    enable_resource_limits: SetresellerlimitsEnableResourceLimits | Unset = UNSET,
) -> dict[str, Any]:
    """The caller's arguments keyed by their WHM names; unset ones are left out."""
    arguments: dict[str, Any] = {}
    arguments["user"] = user
    arguments["account_limit"] = account_limit
    arguments["bandwidth_limit"] = bandwidth_limit
    arguments["diskspace_limit"] = diskspace_limit
    json_enable_account_limit: int | Unset = UNSET
    if not isinstance(enable_account_limit, Unset):
        json_enable_account_limit = enable_account_limit

    arguments["enable_account_limit"] = json_enable_account_limit
    json_enable_overselling: int | Unset = UNSET
    if not isinstance(enable_overselling, Unset):
        json_enable_overselling = enable_overselling

    arguments["enable_overselling"] = json_enable_overselling
    json_enable_overselling_bandwidth: int | Unset = UNSET
    if not isinstance(enable_overselling_bandwidth, Unset):
        json_enable_overselling_bandwidth = enable_overselling_bandwidth

    arguments["enable_overselling_bandwidth"] = json_enable_overselling_bandwidth
    json_enable_overselling_diskspace: int | Unset = UNSET
    if not isinstance(enable_overselling_diskspace, Unset):
        json_enable_overselling_diskspace = enable_overselling_diskspace

    arguments["enable_overselling_diskspace"] = json_enable_overselling_diskspace
    json_enable_package_limit_numbers: int | Unset = UNSET
    if not isinstance(enable_package_limit_numbers, Unset):
        json_enable_package_limit_numbers = enable_package_limit_numbers

    arguments["enable_package_limit_numbers"] = json_enable_package_limit_numbers
    json_enable_package_limits: int | Unset = UNSET
    if not isinstance(enable_package_limits, Unset):
        json_enable_package_limits = enable_package_limits

    arguments["enable_package_limits"] = json_enable_package_limits
    json_enable_resource_limits: int | Unset = UNSET
    if not isinstance(enable_resource_limits, Unset):
        json_enable_resource_limits = enable_resource_limits

    arguments["enable_resource_limits"] = json_enable_resource_limits

    return {key: value for key, value in arguments.items() if value is not UNSET}


def parse_data(data: Any) -> Any:
    """Build the typed result from the reply's ``data``.

    Raises TypeError, ValueError or KeyError when ``data`` doesn't fit the spec.
    """
    return data
