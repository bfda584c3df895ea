# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
"""``get_server_node_status``: its arguments on the wire and its typed result."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...models.get_server_node_status_data import GetServerNodeStatusData
from ...types import UNSET, Unset, read_object

if TYPE_CHECKING:  # argument types only annotate; they aren't needed to run
    from ...models.get_server_node_status_skip_tls_verification import GetServerNodeStatusSkipTlsVerification
    from ...types import UNSET, Unset

    pass

FUNCTION = "get_server_node_status"
# Served at json-api/NAMESPACE/FUNCTION when set.
NAMESPACE: str | None = None
HTTP_METHOD = "GET"
# How the arguments travel: "query" string, "form" body, or "json" object body.
BODY = "query"
READ_ONLY = True
SINCE_VERSION: str | None = "86"
DOCS_URL = "https://api.docs.cpanel.net/specifications/whm.openapi/server-nodes/cpanel-get_server_node_status.md"
# WHM argument name -> (Python keyword, Python type, required)
ARGUMENTS: dict[str, tuple[str, str, bool]] = {
    "api_token": ("api_token", "str", True),
    "hostname": ("hostname", "str", True),
    "username": ("username", "str", True),
    "skip_tls_verification": ("skip_tls_verification", "GetServerNodeStatusSkipTlsVerification", False),
}


def build_arguments(
    *,
    api_token: str,
    hostname: str,
    username: str,
    skip_tls_verification: GetServerNodeStatusSkipTlsVerification | Unset = UNSET,
) -> dict[str, Any]:
    """The caller's arguments keyed by their WHM names; unset ones are left out."""
    arguments: dict[str, Any] = {}
    arguments["api_token"] = api_token
    arguments["hostname"] = hostname
    arguments["username"] = username
    json_skip_tls_verification: int | Unset = UNSET
    if not isinstance(skip_tls_verification, Unset):
        json_skip_tls_verification = skip_tls_verification

    arguments["skip_tls_verification"] = json_skip_tls_verification

    return {key: value for key, value in arguments.items() if value is not UNSET}


def parse_data(data: Any) -> GetServerNodeStatusData:
    """Build the typed result from the reply's ``data``.

    Raises TypeError, ValueError or KeyError when ``data`` doesn't fit the spec.
    """
    _data = data
    if _data.__class__ is not dict:
        _data = read_object(_data, "data", True)
    data = GetServerNodeStatusData.from_dict(_data)

    return data
