# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
"""``update_updateconf``: its arguments on the wire and its typed result."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...types import UNSET, Unset

if TYPE_CHECKING:  # argument types only annotate; they aren't needed to run
    from ...types import UNSET, Unset

    pass

FUNCTION = "update_updateconf"
# Served at json-api/NAMESPACE/FUNCTION when set.
NAMESPACE: str | None = None
HTTP_METHOD = "POST"
# How the arguments travel: "query" string, "form" body, or "json" object body.
BODY = "form"
READ_ONLY = False
SINCE_VERSION: str | None = "11.38"
DOCS_URL = "https://api.docs.cpanel.net/specifications/whm.openapi/updates/cpupdate-update_updateconf.md"
# WHM argument name -> (Python keyword, Python type, required)
ARGUMENTS: dict[str, tuple[str, str, bool]] = {
    "CPANEL": ("cpanel", "str", False),
    "RPMUP": ("rpmup", "str", False),
    "SARULESUP": ("sarulesup", "str", False),
    "SECURITY_UPDATES": ("security_updates", "str", False),
    "STAGING_DIR": ("staging_dir", "str", False),
    "UPDATES": ("updates", "str", False),
}


def build_arguments(
    *,
    cpanel: str | Unset = UNSET,
    rpmup: str | Unset = UNSET,
    sarulesup: str | Unset = UNSET,
    security_updates: str | Unset = UNSET,
    staging_dir: str | Unset = UNSET,
    updates: str | Unset = UNSET,
) -> dict[str, Any]:
    """The caller's arguments keyed by their WHM names; unset ones are left out."""
    arguments: dict[str, Any] = {}
    arguments["CPANEL"] = cpanel
    arguments["RPMUP"] = rpmup
    arguments["SARULESUP"] = sarulesup
    arguments["SECURITY_UPDATES"] = security_updates
    arguments["STAGING_DIR"] = staging_dir
    arguments["UPDATES"] = updates

    return {key: value for key, value in arguments.items() if value is not UNSET}


def parse_data(data: Any) -> Any:
    """Build the typed result from the reply's ``data``.

    Raises TypeError, ValueError or KeyError when ``data`` doesn't fit the spec.
    """
    return data
