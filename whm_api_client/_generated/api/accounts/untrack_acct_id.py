# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
"""``untrack_acct_id``: its arguments on the wire and its typed result."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...types import UNSET, Unset

if TYPE_CHECKING:  # argument types only annotate; they aren't needed to run
    from ...models.untrack_acct_id_check_exists import UntrackAcctIdCheckExists
    from ...models.untrack_acct_id_check_quota import UntrackAcctIdCheckQuota
    from ...models.untrack_acct_id_protect_system import (
        UntrackAcctIdProtectSystem,
    )
    from ...types import UNSET, Unset

    pass

FUNCTION = "untrack_acct_id"
# Served at json-api/NAMESPACE/FUNCTION when set.
NAMESPACE: str | None = None
HTTP_METHOD = "GET"
# How the arguments travel: "query" string, "form" body, or "json" object body.
BODY = "query"
READ_ONLY = False
SINCE_VERSION: str | None = "58"
DOCS_URL = "https://api.docs.cpanel.net/specifications/whm.openapi/account-management/accounts-untrack_acct_id.md"
# WHM argument name -> (Python keyword, Python type, required)
ARGUMENTS: dict[str, tuple[str, str, bool]] = {
    "check_exists": ("check_exists", "UntrackAcctIdCheckExists", False),
    "check_quota": ("check_quota", "UntrackAcctIdCheckQuota", False),
    "gid": ("gid", "int", False),
    "protect_system": ("protect_system", "UntrackAcctIdProtectSystem", False),
    "uid": ("uid", "int", False),
}


def build_arguments(
    *,
    check_exists: UntrackAcctIdCheckExists | Unset = UNSET,
    check_quota: UntrackAcctIdCheckQuota | Unset = UNSET,
    gid: int | Unset = UNSET,
    protect_system: UntrackAcctIdProtectSystem | Unset = UNSET,
    uid: int | Unset = UNSET,
) -> dict[str, Any]:
    """The caller's arguments keyed by their WHM names; unset ones are left out."""
    arguments: dict[str, Any] = {}
    json_check_exists: int | Unset = UNSET
    if not isinstance(check_exists, Unset):
        json_check_exists = check_exists

    arguments["check_exists"] = json_check_exists
    json_check_quota: int | Unset = UNSET
    if not isinstance(check_quota, Unset):
        json_check_quota = check_quota

    arguments["check_quota"] = json_check_quota
    arguments["gid"] = gid
    json_protect_system: int | Unset = UNSET
    if not isinstance(protect_system, Unset):
        json_protect_system = protect_system

    arguments["protect_system"] = json_protect_system
    arguments["uid"] = uid

    return {key: value for key, value in arguments.items() if value is not UNSET}


def parse_data(data: Any) -> Any:
    """Build the typed result from the reply's ``data``.

    Raises TypeError, ValueError or KeyError when ``data`` doesn't fit the spec.
    """
    return data
