# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
"""``unsuspendacct``: its arguments on the wire and its typed result."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...types import UNSET, Unset

if TYPE_CHECKING:  # argument types only annotate; they aren't needed to run
    from ...models.unsuspendacct_retain_service_proxies import UnsuspendacctRetainServiceProxies
    from ...types import UNSET, Unset

    pass

FUNCTION = "unsuspendacct"
# Served at json-api/NAMESPACE/FUNCTION when set.
NAMESPACE: str | None = None
HTTP_METHOD = "GET"
# How the arguments travel: "query" string, "form" body, or "json" object body.
BODY = "query"
READ_ONLY = False
SINCE_VERSION: str | None = "11"
DOCS_URL = "https://api.docs.cpanel.net/specifications/whm.openapi/suspensions/accounts-unsuspendacct.md"
# WHM argument name -> (Python keyword, Python type, required)
ARGUMENTS: dict[str, tuple[str, str, bool]] = {
    "user": ("user", "str", True),
    "retain-service-proxies": ("retain_service_proxies", "UnsuspendacctRetainServiceProxies", False),
}


def build_arguments(
    *,
    user: str,
    retain_service_proxies: UnsuspendacctRetainServiceProxies | Unset = UNSET,
) -> dict[str, Any]:
    """The caller's arguments keyed by their WHM names; unset ones are left out."""
    arguments: dict[str, Any] = {}
    arguments["user"] = user
    json_retain_service_proxies: int | Unset = UNSET
    if not isinstance(retain_service_proxies, Unset):
        json_retain_service_proxies = retain_service_proxies

    arguments["retain-service-proxies"] = json_retain_service_proxies

    return {key: value for key, value in arguments.items() if value is not UNSET}


def parse_data(data: Any) -> Any:
    """Build the typed result from the reply's ``data``.

    Raises TypeError, ValueError or KeyError when ``data`` doesn't fit the spec.
    """
    return data
