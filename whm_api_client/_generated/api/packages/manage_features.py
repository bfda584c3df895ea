# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
"""``manage_features``: its arguments on the wire and its typed result."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...models.manage_features_data import ManageFeaturesData
from ...types import UNSET, Unset, read_object

if TYPE_CHECKING:  # argument types only annotate; they aren't needed to run
    from ...models.manage_features_action import ManageFeaturesAction
    from ...types import UNSET, Unset

    pass

FUNCTION = "manage_features"
# Served at json-api/NAMESPACE/FUNCTION when set.
NAMESPACE: str | None = None
HTTP_METHOD = "GET"
# How the arguments travel: "query" string, "form" body, or "json" object body.
BODY = "query"
READ_ONLY = False
SINCE_VERSION: str | None = "11.32"
DOCS_URL = "https://api.docs.cpanel.net/specifications/whm.openapi/updates/managefeatures-manage_features.md"
# WHM argument name -> (Python keyword, Python type, required)
ARGUMENTS: dict[str, tuple[str, str, bool]] = {
    "action": ("action", "ManageFeaturesAction", True),
    "features": ("features", "str", False),
}


def build_arguments(
    *,
    action: ManageFeaturesAction,
    features: str | Unset = UNSET,
) -> dict[str, Any]:
    """The caller's arguments keyed by their WHM names; unset ones are left out."""
    arguments: dict[str, Any] = {}
    json_action: str = action
    arguments["action"] = json_action
    arguments["features"] = features

    return {key: value for key, value in arguments.items() if value is not UNSET}


def parse_data(data: Any) -> ManageFeaturesData:
    """Build the typed result from the reply's ``data``.

    Raises TypeError, ValueError or KeyError when ``data`` doesn't fit the spec.
    """
    _data = data
    if _data.__class__ is not dict:
        _data = read_object(_data, "data", True)
    data = ManageFeaturesData.from_dict(_data)

    return data
