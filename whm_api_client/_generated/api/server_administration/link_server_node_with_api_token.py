# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
"""``link_server_node_with_api_token``: its arguments on the wire and its typed result."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...types import UNSET, Unset

if TYPE_CHECKING:  # argument types only annotate; they aren't needed to run
    from ...models.link_server_node_with_api_token_skip_tls_verification import (
        LinkServerNodeWithApiTokenSkipTlsVerification,
    )
    from ...types import UNSET, Unset

    pass

FUNCTION = "link_server_node_with_api_token"
# Served at json-api/NAMESPACE/FUNCTION when set.
NAMESPACE: str | None = None
HTTP_METHOD = "GET"
# How the arguments travel: "query" string, "form" body, or "json" object body.
BODY = "query"
READ_ONLY = False
SINCE_VERSION: str | None = "86"
DOCS_URL = (
    "https://api.docs.cpanel.net/specifications/whm.openapi/server-nodes/cpanel-link_server_node_with_api_token.md"
)
# WHM argument name -> (Python keyword, Python type, required)
ARGUMENTS: dict[str, tuple[str, str, bool]] = {
    "alias": ("alias", "str", True),
    "api_token": ("api_token", "str", True),
    "hostname": ("hostname", "str", True),
    "username": ("username", "str", True),
    "skip_tls_verification": ("skip_tls_verification", "LinkServerNodeWithApiTokenSkipTlsVerification", False),
}


def build_arguments(
    *,
    alias: str,
    api_token: str,
    hostname: str,
    username: str,
    skip_tls_verification: LinkServerNodeWithApiTokenSkipTlsVerification | Unset = UNSET,
) -> dict[str, Any]:
    """The caller's arguments keyed by their WHM names; unset ones are left out."""
    arguments: dict[str, Any] = {}
    arguments["alias"] = alias
    arguments["api_token"] = api_token
    arguments["hostname"] = hostname
    arguments["username"] = username
    json_skip_tls_verification: int | Unset = UNSET
    if not isinstance(skip_tls_verification, Unset):
        json_skip_tls_verification = skip_tls_verification

    arguments["skip_tls_verification"] = json_skip_tls_verification

    return {key: value for key, value in arguments.items() if value is not UNSET}


def parse_data(data: Any) -> Any:
    """Build the typed result from the reply's ``data``.

    Raises TypeError, ValueError or KeyError when ``data`` doesn't fit the spec.
    """
    return data
