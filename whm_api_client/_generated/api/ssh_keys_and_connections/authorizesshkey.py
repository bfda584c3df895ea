# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
"""``authorizesshkey``: its arguments on the wire and its typed result."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...models.authorizesshkey_data import AuthorizesshkeyData
from ...types import UNSET, Unset, read_object

if TYPE_CHECKING:  # argument types only annotate; they aren't needed to run
    from ...models.authorizesshkey_authorize import AuthorizesshkeyAuthorize
    from ...types import UNSET, Unset

    pass

FUNCTION = "authorizesshkey"
# Served at json-api/NAMESPACE/FUNCTION when set.
NAMESPACE: str | None = None
HTTP_METHOD = "GET"
# How the arguments travel: "query" string, "form" body, or "json" object body.
BODY = "query"
READ_ONLY = False
SINCE_VERSION: str | None = "11"
DOCS_URL = "https://api.docs.cpanel.net/specifications/whm.openapi/ssh-keys-and-connections/ssh-authorizesshkey.md"
# WHM argument name -> (Python keyword, Python type, required)
ARGUMENTS: dict[str, tuple[str, str, bool]] = {
    "authorize": ("authorize", "AuthorizesshkeyAuthorize", True),
    "file": ("file", "str", True),
    "text": ("text", "str", True),
    "options": ("options", "str", False),
}


def build_arguments(
    *,
    authorize: AuthorizesshkeyAuthorize,
    file: str,
    text: str,
    options: str | Unset = UNSET,
) -> dict[str, Any]:
    """The caller's arguments keyed by their WHM names; unset ones are left out."""
    arguments: dict[str, Any] = {}
    json_authorize: int = authorize
    arguments["authorize"] = json_authorize
    arguments["file"] = file
    arguments["text"] = text
    arguments["options"] = options

    return {key: value for key, value in arguments.items() if value is not UNSET}


def parse_data(data: Any) -> AuthorizesshkeyData:
    """Build the typed result from the reply's ``data``.

    Raises TypeError, ValueError or KeyError when ``data`` doesn't fit the spec.
    """
    _data = data
    if _data.__class__ is not dict:
        _data = read_object(_data, "data", True)
    data = AuthorizesshkeyData.from_dict(_data)

    return data
