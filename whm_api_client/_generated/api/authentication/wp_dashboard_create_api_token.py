# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
"""``wp_dashboard_create_api_token``: its arguments on the wire and its typed result."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...models.wp_dashboard_create_api_token_data import WpDashboardCreateApiTokenData
from ...types import UNSET, Unset, read_object

if TYPE_CHECKING:  # argument types only annotate; they aren't needed to run
    from ...types import UNSET, Unset

    pass

FUNCTION = "wp_dashboard_create_api_token"
# Served at json-api/NAMESPACE/FUNCTION when set.
NAMESPACE: str | None = None
HTTP_METHOD = "GET"
# How the arguments travel: "query" string, "form" body, or "json" object body.
BODY = "query"
READ_ONLY = False
SINCE_VERSION: str | None = "64"
DOCS_URL = "https://api.docs.cpanel.net/specifications/whm.openapi/api-token-management/wpdashboard-wp_dashboard_create_api_token.md"
# WHM argument name -> (Python keyword, Python type, required)
ARGUMENTS: dict[str, tuple[str, str, bool]] = {
    "acl": ("acl", "str", True),
    "token_name": ("token_name", "str", True),
    "expires_at": ("expires_at", "int", False),
    "whitelist_ip": ("whitelist_ip", "str", False),
}


def build_arguments(
    *,
    acl: str,
    token_name: str,
    expires_at: int | Unset = UNSET,
    whitelist_ip: str | Unset = UNSET,
) -> dict[str, Any]:
    """The caller's arguments keyed by their WHM names; unset ones are left out."""
    arguments: dict[str, Any] = {}
    arguments["acl"] = acl
    arguments["token_name"] = token_name
    arguments["expires_at"] = expires_at
    arguments["whitelist_ip"] = whitelist_ip

    return {key: value for key, value in arguments.items() if value is not UNSET}


def parse_data(data: Any) -> WpDashboardCreateApiTokenData:
    """Build the typed result from the reply's ``data``.

    Raises TypeError, ValueError or KeyError when ``data`` doesn't fit the spec.
    """
    _data = data
    if _data.__class__ is not dict:
        _data = read_object(_data, "data", True)
    data = WpDashboardCreateApiTokenData.from_dict(_data)

    return data
