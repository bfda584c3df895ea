# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
"""``save_spamd_config``: its arguments on the wire and its typed result."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...types import UNSET, Unset

if TYPE_CHECKING:  # argument types only annotate; they aren't needed to run
    from ...types import UNSET, Unset

    pass

FUNCTION = "save_spamd_config"
# Served at json-api/NAMESPACE/FUNCTION when set.
NAMESPACE: str | None = None
HTTP_METHOD = "GET"
# How the arguments travel: "query" string, "form" body, or "json" object body.
BODY = "query"
READ_ONLY = False
SINCE_VERSION: str | None = "11.44"
DOCS_URL = "https://api.docs.cpanel.net/specifications/whm.openapi/spam-management/spamd-save_spamd_config.md"
# WHM argument name -> (Python keyword, Python type, required)
ARGUMENTS: dict[str, tuple[str, str, bool]] = {
    "allowedips": ("allowedips", "str", False),
    "maxchildren": ("maxchildren", "int", False),
    "maxconnperchild": ("maxconnperchild", "int", False),
    "pidfile": ("pidfile", "str", False),
    "timeoutchild": ("timeoutchild", "int", False),
    "timeouttcp": ("timeouttcp", "int", False),
}


def build_arguments(
    *,
    allowedips: str | Unset = UNSET,
    maxchildren: int | Unset = UNSET,
    maxconnperchild: int | Unset = UNSET,
    pidfile: str | Unset = UNSET,
    timeoutchild: int | Unset = UNSET,
    timeouttcp: int | Unset = UNSET,
) -> dict[str, Any]:
    """The caller's arguments keyed by their WHM names; unset ones are left out."""
    arguments: dict[str, Any] = {}
    arguments["allowedips"] = allowedips
    arguments["maxchildren"] = maxchildren
    arguments["maxconnperchild"] = maxconnperchild
    arguments["pidfile"] = pidfile
    arguments["timeoutchild"] = timeoutchild
    arguments["timeouttcp"] = timeouttcp

    return {key: value for key, value in arguments.items() if value is not UNSET}


def parse_data(data: Any) -> Any:
    """Build the typed result from the reply's ``data``.

    Raises TypeError, ValueError or KeyError when ``data`` doesn't fit the spec.
    """
    return data
