# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
"""``savemxs``: its arguments on the wire and its typed result."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...types import UNSET, Unset

if TYPE_CHECKING:  # argument types only annotate; they aren't needed to run
    from ...types import UNSET, Unset

    pass

FUNCTION = "savemxs"
# Served at json-api/NAMESPACE/FUNCTION when set.
NAMESPACE: str | None = None
HTTP_METHOD = "GET"
# How the arguments travel: "query" string, "form" body, or "json" object body.
BODY = "query"
READ_ONLY = False
SINCE_VERSION: str | None = "11.28"
DOCS_URL = "https://api.docs.cpanel.net/specifications/whm.openapi/domain-management/dns-savemxs.md"
# WHM argument name -> (Python keyword, Python type, required)
ARGUMENTS: dict[str, tuple[str, str, bool]] = {
    "domain": ("domain", "str", True),
    "exchange": ("exchange", "str", True),
    "name": ("name", "str", True),
    "preference": ("preference", "int", True),
    "class": ("class_", "str", False),
    "ttl": ("ttl", "int", False),
}


def build_arguments(
    *,
    domain: str,
    exchange: str,
    name: str,
    preference: int,
    class_: str | Unset = UNSET,
    ttl: int | Unset = UNSET,
) -> dict[str, Any]:
    """The caller's arguments keyed by their WHM names; unset ones are left out."""
    arguments: dict[str, Any] = {}
    arguments["domain"] = domain
    arguments["exchange"] = exchange
    arguments["name"] = name
    arguments["preference"] = preference
    arguments["class"] = class_
    arguments["ttl"] = ttl

    return {key: value for key, value in arguments.items() if value is not UNSET}


def parse_data(data: Any) -> Any:
    """Build the typed result from the reply's ``data``.

    Raises TypeError, ValueError or KeyError when ``data`` doesn't fit the spec.
    """
    return data
