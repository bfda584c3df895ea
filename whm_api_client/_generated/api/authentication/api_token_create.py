# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
"""``api_token_create``: its arguments on the wire and its typed result."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...models.api_token_create_data import ApiTokenCreateData
from ...types import UNSET, Unset, read_object

if TYPE_CHECKING:  # argument types only annotate; they aren't needed to run
    from ...types import UNSET, Unset

    pass

FUNCTION = "api_token_create"
# Served at json-api/NAMESPACE/FUNCTION when set.
NAMESPACE: str | None = None
HTTP_METHOD = "GET"
# How the arguments travel: "query" string, "form" body, or "json" object body.
BODY = "query"
READ_ONLY = False
SINCE_VERSION: str | None = "64"
DOCS_URL = "https://api.docs.cpanel.net/specifications/whm.openapi/api-token-management/tokens-api_token_create.md"
# WHM argument name -> (Python keyword, Python type, required)
ARGUMENTS: dict[str, tuple[str, str, bool]] = {
    "token_name": ("token_name", "str", True),
    "acl": ("acl", "str", False),
    "expires_at": ("expires_at", "int", False),
    "whitelist_ip": ("whitelist_ip", "str", False),
}


def build_arguments(
    *,
    token_name: str,
    acl: str | Unset = UNSET,
    expires_at: int | Unset = UNSET,
    whitelist_ip: str | Unset = UNSET,
) -> dict[str, Any]:
    """The caller's arguments keyed by their WHM names; unset ones are left out."""
    arguments: dict[str, Any] = {}
    arguments["token_name"] = token_name
    arguments["acl"] = acl
    arguments["expires_at"] = expires_at
    arguments["whitelist_ip"] = whitelist_ip

    return {key: value for key, value in arguments.items() if value is not UNSET}


def parse_data(data: Any) -> ApiTokenCreateData:
    """Build the typed result from the reply's ``data``.

    Raises TypeError, ValueError or KeyError when ``data`` doesn't fit the spec.
    """
    _data = data
    if _data.__class__ is not dict:
        _data = read_object(_data, "data", True)
    data = ApiTokenCreateData.from_dict(_data)

    return data
