# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
"""``validate_login_token``: its arguments on the wire and its typed result."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...models.validate_login_token_data import ValidateLoginTokenData
from ...types import UNSET, read_object

if TYPE_CHECKING:  # argument types only annotate; they aren't needed to run
    pass

FUNCTION = "validate_login_token"
# Served at json-api/NAMESPACE/FUNCTION when set.
NAMESPACE: str | None = None
HTTP_METHOD = "GET"
# How the arguments travel: "query" string, "form" body, or "json" object body.
BODY = "query"
READ_ONLY = False
SINCE_VERSION: str | None = "62"
DOCS_URL = "https://api.docs.cpanel.net/specifications/whm.openapi/market-integration/market-validate_login_token.md"
# WHM argument name -> (Python keyword, Python type, required)
ARGUMENTS: dict[str, tuple[str, str, bool]] = {
    "login_token": ("login_token", "str", True),
    "provider": ("provider", "str", True),
    "url_after_login": ("url_after_login", "str", True),
}


def build_arguments(
    *,
    login_token: str,
    provider: str,
    url_after_login: str,
) -> dict[str, Any]:
    """The caller's arguments keyed by their WHM names; unset ones are left out."""
    arguments: dict[str, Any] = {}
    arguments["login_token"] = login_token
    arguments["provider"] = provider
    arguments["url_after_login"] = url_after_login

    return {key: value for key, value in arguments.items() if value is not UNSET}


def parse_data(data: Any) -> ValidateLoginTokenData:
    """Build the typed result from the reply's ``data``.

    Raises TypeError, ValueError or KeyError when ``data`` doesn't fit the spec.
    """
    _data = data
    if _data.__class__ is not dict:
        _data = read_object(_data, "data", True)
    data = ValidateLoginTokenData.from_dict(_data)

    return data
