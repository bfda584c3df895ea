# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
"""``convert_addon_initiate_conversion``: its arguments on the wire and its typed result."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...types import UNSET, Unset

if TYPE_CHECKING:  # argument types only annotate; they aren't needed to run
    from ...types import UNSET, Unset

    pass

FUNCTION = "convert_addon_initiate_conversion"
# Served at json-api/NAMESPACE/FUNCTION when set.
NAMESPACE: str | None = None
HTTP_METHOD = "GET"
# How the arguments travel: "query" string, "form" body, or "json" object body.
BODY = "query"
READ_ONLY = False
SINCE_VERSION: str | None = "56"
DOCS_URL = "https://api.docs.cpanel.net/specifications/whm.openapi/domain-information/convertaddon-convert_addon_initiate_conversion.md"
# WHM argument name -> (Python keyword, Python type, required)
ARGUMENTS: dict[str, tuple[str, str, bool]] = {
    "domain": ("domain", "str", True),
    "username": ("username", "str", True),
    "copymysqldb-*": ("copymysqldb", "str", False),
    "movemysqldb": ("movemysqldb", "str", False),
    "movemysqluser": ("movemysqluser", "str", False),
    "pkgname": ("pkgname", "str", False),
}


def build_arguments(
    *,
    domain: str,
    username: str,
    copymysqldb: str | Unset = UNSET,
    movemysqldb: str | Unset = UNSET,
    movemysqluser: str | Unset = UNSET,
    pkgname: str | Unset = UNSET,
) -> dict[str, Any]:
    """The caller's arguments keyed by their WHM names; unset ones are left out."""
    arguments: dict[str, Any] = {}
    arguments["domain"] = domain
    arguments["username"] = username
    arguments["copymysqldb-*"] = copymysqldb
    arguments["movemysqldb"] = movemysqldb
    arguments["movemysqluser"] = movemysqluser
    arguments["pkgname"] = pkgname

    return {key: value for key, value in arguments.items() if value is not UNSET}


def parse_data(data: Any) -> Any:
    """Build the typed result from the reply's ``data``.

    Raises TypeError, ValueError or KeyError when ``data`` doesn't fit the spec.
    """
    return data
