# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
"""``create_parked_domain_for_user``: its arguments on the wire and its typed result."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...types import UNSET

if TYPE_CHECKING:  # argument types only annotate; they aren't needed to run
    pass

FUNCTION = "create_parked_domain_for_user"
# Served at json-api/NAMESPACE/FUNCTION when set.
NAMESPACE: str | None = None
HTTP_METHOD = "GET"
# How the arguments travel: "query" string, "form" body, or "json" object body.
BODY = "query"
READ_ONLY = False
SINCE_VERSION: str | None = "82"
DOCS_URL = "https://api.docs.cpanel.net/specifications/whm.openapi/domain-management/userdomains-create_parked_domain_for_user.md"
# WHM argument name -> (Python keyword, Python type, required)
ARGUMENTS: dict[str, tuple[str, str, bool]] = {
    "domain": ("domain", "str", True),
    "username": ("username", "str", True),
    "web_vhost_domain": ("web_vhost_domain", "str", True),
}


def build_arguments(
    *,
    domain: str,
    username: str,
    web_vhost_domain: str,
) -> dict[str, Any]:
    """The caller's arguments keyed by their WHM names; unset ones are left out."""
    arguments: dict[str, Any] = {}
    arguments["domain"] = domain
    arguments["username"] = username
    arguments["web_vhost_domain"] = web_vhost_domain

    return {key: value for key, value in arguments.items() if value is not UNSET}


def parse_data(data: Any) -> Any:
    """Build the typed result from the reply's ``data``.

    Raises TypeError, ValueError or KeyError when ``data`` doesn't fit the spec.
    """
    return data
