# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
"""``setminimumpasswordstrengths``: its arguments on the wire and its typed result."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...types import UNSET, Unset

if TYPE_CHECKING:  # argument types only annotate; they aren't needed to run
    from ...types import UNSET, Unset

    pass

FUNCTION = "setminimumpasswordstrengths"
# Served at json-api/NAMESPACE/FUNCTION when set.
NAMESPACE: str | None = None
HTTP_METHOD = "GET"
# How the arguments travel: "query" string, "form" body, or "json" object body.
BODY = "query"
READ_ONLY = False
SINCE_VERSION: str | None = "11"
DOCS_URL = "https://api.docs.cpanel.net/specifications/whm.openapi/security/security-setminimumpasswordstrengths.md"
# WHM argument name -> (Python keyword, Python type, required)
ARGUMENTS: dict[str, tuple[str, str, bool]] = {
    "createacct": ("createacct", "int", False),
    "default": ("default", "int", False),
    "ftp": ("ftp", "int", False),
    "list": ("list_", "int", False),
    "mysql": ("mysql", "int", False),
    "passwd": ("passwd", "int", False),
    "postgres": ("postgres", "int", False),
    "sshkey": ("sshkey", "int", False),
    "virtual": ("virtual", "int", False),
}


def build_arguments(
    *,
    createacct: int | Unset = UNSET,
    default: int | Unset = UNSET,
    ftp: int | Unset = UNSET,
    list_: int | Unset = UNSET,
    mysql: int | Unset = UNSET,
    passwd: int | Unset = UNSET,
    postgres: int | Unset = UNSET,
    sshkey: int | Unset = UNSET,
    virtual: int | Unset = UNSET,
) -> dict[str, Any]:
    """The caller's arguments keyed by their WHM names; unset ones are left out."""
    arguments: dict[str, Any] = {}
    arguments["createacct"] = createacct
    arguments["default"] = default
    arguments["ftp"] = ftp
    arguments["list"] = list_
    arguments["mysql"] = mysql
    arguments["passwd"] = passwd
    arguments["postgres"] = postgres
    arguments["sshkey"] = sshkey
    arguments["virtual"] = virtual

    return {key: value for key, value in arguments.items() if value is not UNSET}


def parse_data(data: Any) -> Any:
    """Build the typed result from the reply's ``data``.

    Raises TypeError, ValueError or KeyError when ``data`` doesn't fit the spec.
    """
    return data
