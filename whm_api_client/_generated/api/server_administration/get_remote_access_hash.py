# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
"""``get_remote_access_hash``: its arguments on the wire and its typed result."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...models.get_remote_access_hash_data import GetRemoteAccessHashData
from ...types import UNSET, Unset, read_object

if TYPE_CHECKING:  # argument types only annotate; they aren't needed to run
    from ...models.get_remote_access_hash_generate import GetRemoteAccessHashGenerate
    from ...types import UNSET, Unset

    pass

FUNCTION = "get_remote_access_hash"
# Served at json-api/NAMESPACE/FUNCTION when set.
NAMESPACE: str | None = None
HTTP_METHOD = "GET"
# How the arguments travel: "query" string, "form" body, or "json" object body.
BODY = "query"
READ_ONLY = True
SINCE_VERSION: str | None = "11"
DOCS_URL = (
    "https://api.docs.cpanel.net/specifications/whm.openapi/api-authentication/resellers-get_remote_access_hash.md"
)
# WHM argument name -> (Python keyword, Python type, required)
ARGUMENTS: dict[str, tuple[str, str, bool]] = {
    "host": ("host", "str", True),
    "password": ("password", "str", True),
    "username": ("username", "str", True),
    "generate": ("generate", "GetRemoteAccessHashGenerate", False),
}


def build_arguments(
    *,
    host: str,
    password: str,
    username: str,
    generate: GetRemoteAccessHashGenerate | Unset = UNSET,
) -> dict[str, Any]:
    """The caller's arguments keyed by their WHM names; unset ones are left out."""
    arguments: dict[str, Any] = {}
    arguments["host"] = host
    arguments["password"] = password
    arguments["username"] = username
    json_generate: int | Unset = UNSET
    if not isinstance(generate, Unset):
        json_generate = generate

    arguments["generate"] = json_generate

    return {key: value for key, value in arguments.items() if value is not UNSET}


def parse_data(data: Any) -> GetRemoteAccessHashData:
    """Build the typed result from the reply's ``data``.

    Raises TypeError, ValueError or KeyError when ``data`` doesn't fit the spec.
    """
    _data = data
    if _data.__class__ is not dict:
        _data = read_object(_data, "data", True)
    data = GetRemoteAccessHashData.from_dict(_data)

    return data
