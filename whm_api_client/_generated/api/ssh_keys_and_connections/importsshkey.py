# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
"""``importsshkey``: its arguments on the wire and its typed result."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...types import UNSET, Unset

if TYPE_CHECKING:  # argument types only annotate; they aren't needed to run
    from ...models.importsshkey_extract_private import ImportsshkeyExtractPrivate
    from ...models.importsshkey_extract_public import ImportsshkeyExtractPublic
    from ...types import UNSET, Unset

    pass

FUNCTION = "importsshkey"
# Served at json-api/NAMESPACE/FUNCTION when set.
NAMESPACE: str | None = None
HTTP_METHOD = "GET"
# How the arguments travel: "query" string, "form" body, or "json" object body.
BODY = "query"
READ_ONLY = False
SINCE_VERSION: str | None = "11"
DOCS_URL = "https://api.docs.cpanel.net/specifications/whm.openapi/ssh-keys-and-connections/ssh-importsshkey.md"
# WHM argument name -> (Python keyword, Python type, required)
ARGUMENTS: dict[str, tuple[str, str, bool]] = {
    "key": ("key", "str", True),
    "name": ("name", "str", True),
    "extract_private": ("extract_private", "ImportsshkeyExtractPrivate", False),
    "extract_public": ("extract_public", "ImportsshkeyExtractPublic", False),
    "passphrase": ("passphrase", "str", False),
}


def build_arguments(
    *,
    key: str,
    name: str,
    extract_private: ImportsshkeyExtractPrivate | Unset = UNSET,
    extract_public: ImportsshkeyExtractPublic | Unset = UNSET,
    passphrase: str | Unset = UNSET,
) -> dict[str, Any]:
    """The caller's arguments keyed by their WHM names; unset ones are left out."""
    arguments: dict[str, Any] = {}
    arguments["key"] = key
    arguments["name"] = name
    json_extract_private: int | Unset = UNSET
    if not isinstance(extract_private, Unset):
        json_extract_private = extract_private

    arguments["extract_private"] = json_extract_private
    json_extract_public: int | Unset = UNSET
    if not isinstance(extract_public, Unset):
        json_extract_public = extract_public

    arguments["extract_public"] = json_extract_public
    arguments["passphrase"] = passphrase

    return {key: value for key, value in arguments.items() if value is not UNSET}


def parse_data(data: Any) -> Any:
    """Build the typed result from the reply's ``data``.

    Raises TypeError, ValueError or KeyError when ``data`` doesn't fit the spec.
    """
    return data
