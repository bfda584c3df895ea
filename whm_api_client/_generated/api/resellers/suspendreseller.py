# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
"""``suspendreseller``: its arguments on the wire and its typed result."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...types import UNSET, Unset

if TYPE_CHECKING:  # argument types only annotate; they aren't needed to run
    from ...models.suspendreseller_disallow import SuspendresellerDisallow
    from ...models.suspendreseller_reseller_only import SuspendresellerResellerOnly
    from ...types import UNSET, Unset

    pass

FUNCTION = "suspendreseller"
# Served at json-api/NAMESPACE/FUNCTION when set.
NAMESPACE: str | None = None
HTTP_METHOD = "GET"
# How the arguments travel: "query" string, "form" body, or "json" object body.
BODY = "query"
READ_ONLY = False
SINCE_VERSION: str | None = "11"
DOCS_URL = (
    "https://api.docs.cpanel.net/specifications/whm.openapi/reseller-account-management/resellers-suspendreseller.md"
)
# WHM argument name -> (Python keyword, Python type, required)
ARGUMENTS: dict[str, tuple[str, str, bool]] = {
    "user": ("user", "str", True),
    "disallow": ("disallow", "SuspendresellerDisallow", False),
    "reason": ("reason", "str", False),
    "reseller-only": ("reseller_only", "SuspendresellerResellerOnly", False),
}


def build_arguments(
    *,
    user: str,
    disallow: SuspendresellerDisallow | Unset = UNSET,
    reason: str | Unset = UNSET,
    reseller_only: SuspendresellerResellerOnly | Unset = UNSET,
) -> dict[str, Any]:
    """The caller's arguments keyed by their WHM names; unset ones are left out."""
    arguments: dict[str, Any] = {}
    arguments["user"] = user
    json_disallow: int | Unset = UNSET
    if not isinstance(disallow, Unset):
        json_disallow = disallow

    arguments["disallow"] = json_disallow
    arguments["reason"] = reason
    json_reseller_only: int | Unset = UNSET
    if not isinstance(reseller_only, Unset):
        json_reseller_only = reseller_only

    arguments["reseller-only"] = json_reseller_only

    return {key: value for key, value in arguments.items() if value is not UNSET}


def parse_data(data: Any) -> Any:
    """Build the typed result from the reply's ``data``.

    Raises TypeError, ValueError or KeyError when ``data`` doesn't fit the spec.
    """
    return data
