# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
"""``get_rpm_version_data``: its arguments on the wire and its typed result."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...types import UNSET, Unset, read_value

if TYPE_CHECKING:  # argument types only annotate; they aren't needed to run
    from ...types import UNSET, Unset

    pass

FUNCTION = "get_rpm_version_data"
# Served at json-api/NAMESPACE/FUNCTION when set.
NAMESPACE: str | None = None
HTTP_METHOD = "GET"
# How the arguments travel: "query" string, "form" body, or "json" object body.
BODY = "query"
READ_ONLY = True
SINCE_VERSION: str | None = "11.32"
DOCS_URL = "https://api.docs.cpanel.net/specifications/whm.openapi/list-package-information/rpmversions-get_rpm_version_data.md"
# WHM argument name -> (Python keyword, Python type, required)
ARGUMENTS: dict[str, tuple[str, str, bool]] = {
    "section": ("section", "str", True),
    "key": ("key", "str", False),
}


def build_arguments(
    *,
    section: str,
    key: str | Unset = UNSET,
) -> dict[str, Any]:
    """The caller's arguments keyed by their WHM names; unset ones are left out."""
    arguments: dict[str, Any] = {}
    arguments["section"] = section
    arguments["key"] = key

    return {key: value for key, value in arguments.items() if value is not UNSET}


def parse_data(data: Any) -> str:
    """Build the typed result from the reply's ``data``.

    Raises TypeError, ValueError or KeyError when ``data`` doesn't fit the spec.
    """
    data = data
    if data.__class__ is not str:
        data = read_value(data, "data", "string", True)

    return data
