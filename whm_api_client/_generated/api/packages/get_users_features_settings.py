# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
"""``get_users_features_settings``: its arguments on the wire and its typed result."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...models.get_users_features_settings_data import GetUsersFeaturesSettingsData
from ...types import UNSET, Unset, read_object

if TYPE_CHECKING:  # argument types only annotate; they aren't needed to run
    from ...types import UNSET, Unset

    pass

FUNCTION = "get_users_features_settings"
# Served at json-api/NAMESPACE/FUNCTION when set.
NAMESPACE: str | None = None
HTTP_METHOD = "GET"
# How the arguments travel: "query" string, "form" body, or "json" object body.
BODY = "query"
READ_ONLY = True
SINCE_VERSION: str | None = "58"
DOCS_URL = (
    "https://api.docs.cpanel.net/specifications/whm.openapi/feature-access/featurelists-get_users_features_settings.md"
)
# WHM argument name -> (Python keyword, Python type, required)
ARGUMENTS: dict[str, tuple[str, str, bool]] = {
    "user": ("user", "str", True),
    "feature": ("feature", "str", False),
}


def build_arguments(
    *,
    user: str,
    feature: str | Unset = UNSET,
) -> dict[str, Any]:
    """The caller's arguments keyed by their WHM names; unset ones are left out."""
    arguments: dict[str, Any] = {}
    arguments["user"] = user
    arguments["feature"] = feature

    return {key: value for key, value in arguments.items() if value is not UNSET}


def parse_data(data: Any) -> GetUsersFeaturesSettingsData:
    """Build the typed result from the reply's ``data``.

    Raises TypeError, ValueError or KeyError when ``data`` doesn't fit the spec.
    """
    _data = data
    if _data.__class__ is not dict:
        _data = read_object(_data, "data", True)
    data = GetUsersFeaturesSettingsData.from_dict(_data)

    return data
