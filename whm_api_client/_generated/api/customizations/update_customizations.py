# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
"""``update_customizations``: its arguments on the wire and its typed result."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...types import UNSET

if TYPE_CHECKING:  # argument types only annotate; they aren't needed to run
    from ...models.update_customizations_body_application import UpdateCustomizationsBodyApplication
    from ...models.update_customizations_body_theme import (
        UpdateCustomizationsBodyTheme,
    )

    pass

FUNCTION = "update_customizations"
# Served at json-api/NAMESPACE/FUNCTION when set.
NAMESPACE: str | None = None
HTTP_METHOD = "POST"
# How the arguments travel: "query" string, "form" body, or "json" object body.
BODY = "form"
READ_ONLY = False
SINCE_VERSION: str | None = "100"
DOCS_URL = (
    "https://api.docs.cpanel.net/specifications/whm.openapi/customizations/customizations-update_customizations.md"
)
# WHM argument name -> (Python keyword, Python type, required)
ARGUMENTS: dict[str, tuple[str, str, bool]] = {
    "application": ("application", "UpdateCustomizationsBodyApplication", True),
    "data": ("data", "str", True),
    "theme": ("theme", "UpdateCustomizationsBodyTheme", True),
}


def build_arguments(
    *,
    application: UpdateCustomizationsBodyApplication,
    data: str,
    theme: UpdateCustomizationsBodyTheme,
) -> dict[str, Any]:
    """The caller's arguments keyed by their WHM names; unset ones are left out."""
    arguments: dict[str, Any] = {}
    json_application: str = application
    arguments["application"] = json_application
    arguments["data"] = data
    json_theme: str = theme
    arguments["theme"] = json_theme

    return {key: value for key, value in arguments.items() if value is not UNSET}


def parse_data(data: Any) -> Any:
    """Build the typed result from the reply's ``data``.

    Raises TypeError, ValueError or KeyError when ``data`` doesn't fit the spec.
    """
    return data
