# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
"""``update_configclusterserver``: its arguments on the wire and its typed result."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...types import UNSET, Unset

if TYPE_CHECKING:  # argument types only annotate; they aren't needed to run
    from ...types import UNSET, Unset

    pass

FUNCTION = "update_configclusterserver"
HTTP_METHOD = "GET"
READ_ONLY = False
DOCS_URL = "https://api.docs.cpanel.net/specifications/whm.openapi/configuration-clusters/clusterserver-update_configclusterserver.md"
SINCE_VERSION = "11.44"  # the WHM version that added it ("" if the spec doesn't say)
# WHM argument name -> (Python keyword, Python type, required)
ARGUMENTS: dict[str, tuple[str, str, bool]] = {
    "name": ("name", "str", True),
    "key": ("key", "str", False),
    "user": ("user", "str", False),
}


def build_arguments(
    *,
    name: str,
    key: str | Unset = UNSET,
    user: str | Unset = UNSET,
) -> dict[str, Any]:
    """The caller's arguments keyed by their WHM names; unset ones are left out."""
    arguments: dict[str, Any] = {}
    arguments["name"] = name
    arguments["key"] = key
    arguments["user"] = user

    return {key: value for key, value in arguments.items() if value is not UNSET}


def parse_data(data: Any) -> Any:
    """Build the typed result from the reply's ``data``.

    Raises TypeError, ValueError or KeyError when ``data`` doesn't fit the spec.
    """
    return data
