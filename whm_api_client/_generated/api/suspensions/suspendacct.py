# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
"""``suspendacct``: its arguments on the wire and its typed result."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...types import UNSET, Unset

if TYPE_CHECKING:  # argument types only annotate; they aren't needed to run
    from ...models.suspendacct_disallowun import SuspendacctDisallowun
    from ...models.suspendacct_leave_ftp_accts_enabled import (
        SuspendacctLeaveFtpAcctsEnabled,
    )
    from ...types import UNSET, Unset

    pass

FUNCTION = "suspendacct"
# Served at json-api/NAMESPACE/FUNCTION when set.
NAMESPACE: str | None = None
HTTP_METHOD = "GET"
# How the arguments travel: "query" string, "form" body, or "json" object body.
BODY = "query"
READ_ONLY = False
SINCE_VERSION: str | None = "11"
DOCS_URL = "https://api.docs.cpanel.net/specifications/whm.openapi/suspensions/accounts-suspendacct.md"
# WHM argument name -> (Python keyword, Python type, required)
ARGUMENTS: dict[str, tuple[str, str, bool]] = {
    "user": ("user", "str", True),
    "disallowun": ("disallowun", "SuspendacctDisallowun", False),
    "leave-ftp-accts-enabled": ("leave_ftp_accts_enabled", "SuspendacctLeaveFtpAcctsEnabled", False),
    "reason": ("reason", "str", False),
}


def build_arguments(
    *,
    user: str,
    disallowun: SuspendacctDisallowun | Unset = UNSET,
    leave_ftp_accts_enabled: SuspendacctLeaveFtpAcctsEnabled | Unset = UNSET,
    reason: str | Unset = UNSET,
) -> dict[str, Any]:
    """The caller's arguments keyed by their WHM names; unset ones are left out."""
    arguments: dict[str, Any] = {}
    arguments["user"] = user
    json_disallowun: int | Unset = UNSET
    if not isinstance(disallowun, Unset):
        json_disallowun = disallowun

    arguments["disallowun"] = json_disallowun
    json_leave_ftp_accts_enabled: int | Unset = UNSET
    if not isinstance(leave_ftp_accts_enabled, Unset):
        json_leave_ftp_accts_enabled = leave_ftp_accts_enabled

    arguments["leave-ftp-accts-enabled"] = json_leave_ftp_accts_enabled
    arguments["reason"] = reason

    return {key: value for key, value in arguments.items() if value is not UNSET}


def parse_data(data: Any) -> Any:
    """Build the typed result from the reply's ``data``.

    Raises TypeError, ValueError or KeyError when ``data`` doesn't fit the spec.
    """
    return data
