# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
"""``delete_customizations``: its arguments on the wire and its typed result."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...types import UNSET, Unset

if TYPE_CHECKING:  # argument types only annotate; they aren't needed to run
    from ...models.delete_customizations_application import DeleteCustomizationsApplication
    from ...types import UNSET, Unset

    pass

FUNCTION = "delete_customizations"
# Served at json-api/NAMESPACE/FUNCTION when set.
NAMESPACE: str | None = None
HTTP_METHOD = "GET"
# How the arguments travel: "query" string, "form" body, or "json" object body.
BODY = "query"
READ_ONLY = False
SINCE_VERSION: str | None = "100"
DOCS_URL = (
    "https://api.docs.cpanel.net/specifications/whm.openapi/customizations/customizations-delete_customizations.md"
)
# WHM argument name -> (Python keyword, Python type, required)
ARGUMENTS: dict[str, tuple[str, str, bool]] = {
    "application": ("application", "DeleteCustomizationsApplication", True),
    "theme": ("theme", "str", True),
    "path": ("path", "str", False),
}


def build_arguments(
    *,
    application: DeleteCustomizationsApplication,
    theme: str,
    path: str | Unset = UNSET,
) -> dict[str, Any]:
    """The caller's arguments keyed by their WHM names; unset ones are left out."""
    arguments: dict[str, Any] = {}
    json_application: str = application
    arguments["application"] = json_application
    arguments["theme"] = theme
    arguments["path"] = path

    return {key: value for key, value in arguments.items() if value is not UNSET}


def parse_data(data: Any) -> Any:
    """Build the typed result from the reply's ``data``.

    Raises TypeError, ValueError or KeyError when ``data`` doesn't fit the spec.
    """
    return data
