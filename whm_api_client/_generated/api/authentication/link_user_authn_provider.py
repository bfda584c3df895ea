# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
"""``link_user_authn_provider``: its arguments on the wire and its typed result."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...types import UNSET

if TYPE_CHECKING:  # argument types only annotate; they aren't needed to run
    pass

FUNCTION = "link_user_authn_provider"
# Served at json-api/NAMESPACE/FUNCTION when set.
NAMESPACE: str | None = None
HTTP_METHOD = "GET"
# How the arguments travel: "query" string, "form" body, or "json" object body.
BODY = "query"
READ_ONLY = False
SINCE_VERSION: str | None = "56"
DOCS_URL = "https://api.docs.cpanel.net/specifications/whm.openapi/external-authentication/accounts-link_user_authn_provider.md"
# WHM argument name -> (Python keyword, Python type, required)
ARGUMENTS: dict[str, tuple[str, str, bool]] = {
    "preferred_username": ("preferred_username", "str", True),
    "provider_id": ("provider_id", "str", True),
    "subject_unique_identifier": ("subject_unique_identifier", "str", True),
    "username": ("username", "str", True),
}


def build_arguments(
    *,
    preferred_username: str,
    provider_id: str,
    subject_unique_identifier: str,
    username: str,
) -> dict[str, Any]:
    """The caller's arguments keyed by their WHM names; unset ones are left out."""
    arguments: dict[str, Any] = {}
    arguments["preferred_username"] = preferred_username
    arguments["provider_id"] = provider_id
    arguments["subject_unique_identifier"] = subject_unique_identifier
    arguments["username"] = username

    return {key: value for key, value in arguments.items() if value is not UNSET}


def parse_data(data: Any) -> Any:
    """Build the typed result from the reply's ``data``.

    Raises TypeError, ValueError or KeyError when ``data`` doesn't fit the spec.
    """
    return data
