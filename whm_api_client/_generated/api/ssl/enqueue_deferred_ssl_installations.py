# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
"""``enqueue_deferred_ssl_installations``: its arguments on the wire and its typed result."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...types import UNSET

if TYPE_CHECKING:  # argument types only annotate; they aren't needed to run
    pass

FUNCTION = "enqueue_deferred_ssl_installations"
# Served at json-api/NAMESPACE/FUNCTION when set.
NAMESPACE: str | None = None
HTTP_METHOD = "GET"
# How the arguments travel: "query" string, "form" body, or "json" object body.
BODY = "query"
READ_ONLY = False
SINCE_VERSION: str | None = "88"
DOCS_URL = "https://api.docs.cpanel.net/specifications/whm.openapi/cpanel-account-settings/ssl-enqueue_deferred_ssl_installations.md"
# WHM argument name -> (Python keyword, Python type, required)
ARGUMENTS: dict[str, tuple[str, str, bool]] = {
    "cab": ("cab", "str", True),
    "crt": ("crt", "str", True),
    "key": ("key", "str", True),
    "username": ("username", "str", True),
    "vhost_name": ("vhost_name", "str", True),
}


def build_arguments(
    *,
    cab: str,
    crt: str,
    key: str,
    username: str,
    vhost_name: str,
) -> dict[str, Any]:
    """The caller's arguments keyed by their WHM names; unset ones are left out."""
    arguments: dict[str, Any] = {}
    arguments["cab"] = cab
    arguments["crt"] = crt
    arguments["key"] = key
    arguments["username"] = username
    arguments["vhost_name"] = vhost_name

    return {key: value for key, value in arguments.items() if value is not UNSET}


def parse_data(data: Any) -> Any:
    """Build the typed result from the reply's ``data``.

    Raises TypeError, ValueError or KeyError when ``data`` doesn't fit the spec.
    """
    return data
